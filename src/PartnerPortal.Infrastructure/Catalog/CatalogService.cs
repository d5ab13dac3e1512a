using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Catalog;

/// <summary>The catalog as the signed-in partner sees it: active products, their tier price and live availability.</summary>
public sealed class CatalogService(PortalDbContextFactory contexts, IOptions<CatalogOptions> options)
{
    public async Task<IReadOnlyList<CategoryOption>> ListCategoriesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.ProductCategories.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CategoryOption(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(ct);
    }

    /// <summary>One page of active products for the caller's partner; empty for callers without a partner.</summary>
    public async Task<PagedResult<CatalogItem>> ListAsync(PageRequest page, CatalogFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return new PagedResult<CatalogItem>([], 0);
        var tier = await db.Partners.Where(p => p.Id == db.Scope.PartnerId).Select(p => (PartnerTier?)p.Tier).FirstOrDefaultAsync(ct);
        if (tier is null) return new PagedResult<CatalogItem>([], 0);

        var query = db.Products.AsNoTracking().Where(p => p.IsActive);
        if (page.SearchPattern is { } like)
            query = query.Where(p => EF.Functions.Like(p.Sku, like, PageRequest.LikeEscape)
                || EF.Functions.Like(p.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(p.NameEn, like, PageRequest.LikeEscape));
        if (filter.CategoryId is { } categoryId) query = query.Where(p => p.CategoryId == categoryId);

        var total = await query.CountAsync(ct);
        var sorted = page.SortBy == "Name"
            ? (page.Descending ? query.OrderByDescending(p => p.Name) : query.OrderBy(p => p.Name))
            : (page.Descending ? query.OrderByDescending(p => p.Sku) : query.OrderBy(p => p.Sku));
        var rows = await sorted.Skip(page.Skip).Take(page.SafePageSize)
            .Select(p => new
            {
                p.Id, p.Sku, p.Name, p.NameEn, CategoryName = p.Category!.Name, CategoryNameEn = p.Category.NameEn, p.Unit, p.UnitEn,
                p.PackSize, p.MinOrderQuantity, p.OrderMultiple, p.ListPrice, p.LowStockThreshold,
                Available = db.StockLevels.Where(s => s.ProductId == p.Id).Sum(s => (int?)(s.OnHand - s.Reserved)) ?? 0,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var prices = await PartnerPrices.ForAsync(db, tier.Value, ids, ct);
        var byWarehouse = options.Value.ShowStockByWarehouse
            ? (await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId)).OrderBy(s => s.Warehouse!.Code)
                .Select(s => new { s.ProductId, s.Warehouse!.Code, s.Warehouse.Name, s.Warehouse.NameEn, Available = s.OnHand - s.Reserved })
                .ToListAsync(ct)).ToLookup(s => s.ProductId, s => new WarehouseAvailability(s.Code, s.Name, s.NameEn, Math.Max(s.Available, 0)))
            : null;

        var items = rows.Select(r => new CatalogItem(r.Id, r.Sku, r.Name, r.NameEn, r.CategoryName, r.CategoryNameEn, r.Unit, r.UnitEn,
            r.PackSize, r.MinOrderQuantity, r.OrderMultiple, r.ListPrice, prices[r.Id].UnitPrice,
            Math.Max(r.Available, 0), StockRules.StateOf(r.Available, r.LowStockThreshold),
            byWarehouse is null ? [] : byWarehouse[r.Id].ToList())).ToList();
        return new PagedResult<CatalogItem>(items, total);
    }
}
