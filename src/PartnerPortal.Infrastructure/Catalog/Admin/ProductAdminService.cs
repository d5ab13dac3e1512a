using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Catalog.Admin;

/// <summary>Maintenance of the product catalog (Admin only). Products are audited, so list price changes are logged.</summary>
public sealed class ProductAdminService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>The most products <see cref="SearchAsync"/> returns.</summary>
    public const int SearchLimit = 20;

    /// <summary>One page of every product, active or not, searched by SKU or name.</summary>
    public async Task<PagedResult<ProductListItem>> ListAsync(PageRequest page, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var query = Search(db.Products.AsNoTracking(), page.SearchPattern);

        var total = await query.CountAsync(ct);
        // Money is stored as text on SQLite, which cannot sort it: the list sorts by SKU, name or category only.
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("Name", false) => query.OrderBy(p => p.Name).ThenBy(p => p.Sku),
            ("Name", true) => query.OrderByDescending(p => p.Name).ThenBy(p => p.Sku),
            ("Category", false) => query.OrderBy(p => p.Category!.Code).ThenBy(p => p.Sku),
            ("Category", true) => query.OrderByDescending(p => p.Category!.Code).ThenBy(p => p.Sku),
            (_, true) => query.OrderByDescending(p => p.Sku),
            _ => query.OrderBy(p => p.Sku),
        };
        var items = await sorted.Skip(page.Skip).Take(page.SafePageSize)
            .Select(p => new ProductListItem(p.Id, p.Sku, p.Name, p.NameEn, p.Category!.Name, p.Category.NameEn, p.Unit, p.UnitEn,
                p.PackSize, p.MinOrderQuantity, p.OrderMultiple, p.ListPrice, p.LowStockThreshold, p.IsActive))
            .ToListAsync(ct);
        return new PagedResult<ProductListItem>(items, total);
    }

    /// <summary>Products whose SKU or name contains the text, by SKU, for pickers.</summary>
    public async Task<IReadOnlyList<ProductOption>> SearchAsync(string? text, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await Search(db.Products.AsNoTracking(), new PageRequest(Search: text).SearchPattern)
            .OrderBy(p => p.Sku).Take(SearchLimit)
            .Select(p => new ProductOption(p.Id, p.Sku, p.Name, p.NameEn, p.ListPrice))
            .ToListAsync(ct);
    }

    /// <summary>The product as the edit form needs it, or null when it does not exist.</summary>
    public async Task<ProductDraft?> GetDraftAsync(int id, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProductDraft(p.Sku, p.Name, p.NameEn, p.CategoryId, p.Unit, p.UnitEn, p.PackSize, p.MinOrderQuantity,
                p.OrderMultiple, p.ListPrice, p.LowStockThreshold, p.IsActive))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates (id null) or updates a product; a SKU another product has is refused. Admin only.</summary>
    /// <returns>The product's id.</returns>
    public async Task<Outcome<int>> SaveAsync(int? id, ProductDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        ArgumentNullException.ThrowIfNull(draft);
        draft = ProductRules.Normalize(draft);
        await using var db = await contexts.CreateAsync(ct);

        var categoryExists = draft.CategoryId > 0 && await db.ProductCategories.AnyAsync(c => c.Id == draft.CategoryId, ct);
        var problems = ProductRules.Validate(draft, categoryExists).ToList();
        if (await IsDuplicateAsync(db, id, draft.Sku, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Sku), draft.Sku));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var product = id is null ? db.Products.Add(new Product()).Entity : await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        (product.Sku, product.Name, product.NameEn, product.CategoryId, product.Unit, product.UnitEn) =
            (draft.Sku, draft.Name, draft.NameEn, draft.CategoryId, draft.Unit, draft.UnitEn);
        (product.PackSize, product.MinOrderQuantity, product.OrderMultiple, product.ListPrice, product.LowStockThreshold, product.IsActive) =
            (draft.PackSize, draft.MinOrderQuantity, draft.OrderMultiple, draft.ListPrice, draft.LowStockThreshold, draft.IsActive);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the same SKU between the check and the save: the unique index refused it.
            await using var check = await contexts.CreateAsync(ct);
            if (!await IsDuplicateAsync(check, id, draft.Sku, ct)) throw;
            return Outcome<int>.Failed(ProblemCodes.Duplicate, nameof(draft.Sku), draft.Sku);
        }
        return Outcome<int>.Success(product.Id);
    }

    private static Task<bool> IsDuplicateAsync(PortalDbContext db, int? id, string sku, CancellationToken ct) =>
        db.Products.AnyAsync(p => p.Sku == sku && p.Id != id, ct);

    // LIKE ignores case on both providers: "ac-10" finds AC-1001.
    private static IQueryable<Product> Search(IQueryable<Product> products, string? like) =>
        like is null
            ? products
            : products.Where(p => EF.Functions.Like(p.Sku, like, PageRequest.LikeEscape)
                || EF.Functions.Like(p.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(p.NameEn, like, PageRequest.LikeEscape));
}
