using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Catalog.Admin;

/// <summary>Product categories: listed, created and renamed by administrators.</summary>
public sealed class CategoryAdminService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>Every category by code, with its product count (Admin only).</summary>
    public async Task<IReadOnlyList<CategoryListItem>> ListAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.ProductCategories.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CategoryListItem(c.Id, c.Code, c.Name, c.NameEn, db.Products.Count(p => p.CategoryId == c.Id)))
            .ToListAsync(ct);
    }

    /// <summary>Creates (id null) or renames a category; a code another category has is refused.</summary>
    /// <returns>The category's id.</returns>
    public async Task<Outcome<int>> SaveAsync(int? id, CategoryDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        ArgumentNullException.ThrowIfNull(draft);
        draft = CategoryRules.Normalize(draft);
        var problems = CategoryRules.Validate(draft).ToList();

        await using var db = await contexts.CreateAsync(ct);
        if (await db.ProductCategories.AnyAsync(c => c.Code == draft.Code && c.Id != id, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Code), draft.Code));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var category = id is null
            ? db.ProductCategories.Add(new ProductCategory()).Entity
            : await db.ProductCategories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        (category.Code, category.Name, category.NameEn) = (draft.Code, draft.Name, draft.NameEn);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Success(category.Id);
    }
}
