using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Catalog.Admin;

/// <summary>
/// The tier price list (Admin only): each tier's discount off list price, and explicit prices per SKU that win over
/// the discount. Both are audited, so every change is logged with its old and new value.
/// </summary>
public sealed class TierPricingService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>Every tier's discount, in the tiers' order; a tier without a stored discount shows 0.</summary>
    public async Task<IReadOnlyList<TierDiscountRow>> ListDiscountsAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var stored = await db.TierDiscounts.AsNoTracking().ToDictionaryAsync(d => d.Tier, d => d.DiscountPercent, ct);
        return Enum.GetValues<PartnerTier>()
            .Select(t => stored.TryGetValue(t, out var percent) ? new TierDiscountRow(t, percent, true) : new TierDiscountRow(t, 0m, false))
            .ToList();
    }

    /// <summary>Sets the given tiers' discounts together: all of them are saved, or none when one is wrong.</summary>
    public async Task<Outcome> SaveDiscountsAsync(IReadOnlyList<TierDiscountDraft> discounts, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        ArgumentNullException.ThrowIfNull(discounts);
        var problems = TierPricingRules.ValidateDiscounts(discounts);
        if (problems.Count > 0) return Outcome.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var stored = await db.TierDiscounts.ToDictionaryAsync(d => d.Tier, ct);
        foreach (var draft in discounts)
        {
            if (stored.TryGetValue(draft.Tier, out var row)) row.DiscountPercent = draft.DiscountPercent;
            else db.TierDiscounts.Add(new TierDiscount { Tier = draft.Tier, DiscountPercent = draft.DiscountPercent });
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>One page of explicit tier prices by SKU and tier, searched by SKU or product name.</summary>
    public async Task<PagedResult<TierPriceRow>> ListPricesAsync(PageRequest page, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var query = db.TierPrices.AsNoTracking();
        if (page.SearchPattern is { } like)
            query = query.Where(t => EF.Functions.Like(t.Product!.Sku, like, PageRequest.LikeEscape)
                || EF.Functions.Like(t.Product.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(t.Product.NameEn, like, PageRequest.LikeEscape));

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(t => t.Product!.Sku).ThenBy(t => t.Tier).Skip(page.Skip).Take(page.SafePageSize)
            .Select(t => new TierPriceRow(t.Tier, t.ProductId, t.Product!.Sku, t.Product.Name, t.Product.NameEn, t.Product.ListPrice, t.Price))
            .ToListAsync(ct);
        // The tier is stored as its name; within a SKU show the tiers in their own order (Strategic, Core, Standard).
        var items = rows.GroupBy(r => r.Sku).SelectMany(g => g.OrderBy(r => r.Tier)).ToList();
        return new PagedResult<TierPriceRow>(items, total);
    }

    /// <summary>Adds the explicit price of a product for a tier, or changes the one it has.</summary>
    public async Task<Outcome> SavePriceAsync(TierPriceDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateAsync(ct);
        var productExists = draft.ProductId > 0 && await db.Products.AnyAsync(p => p.Id == draft.ProductId, ct);
        var problems = TierPricingRules.ValidatePrice(draft, productExists);
        if (problems.Count > 0) return Outcome.Failed(problems);

        var row = await db.TierPrices.FirstOrDefaultAsync(t => t.Tier == draft.Tier && t.ProductId == draft.ProductId, ct);
        if (row is null) db.TierPrices.Add(new TierPrice { Tier = draft.Tier, ProductId = draft.ProductId, Price = draft.Price });
        else row.Price = draft.Price;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>Removes a product's explicit price for a tier: the tier's discount applies to it again.</summary>
    public async Task<Outcome> RemovePriceAsync(PartnerTier tier, int productId, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.TierPrices.FirstOrDefaultAsync(t => t.Tier == tier && t.ProductId == productId, ct);
        if (row is null) return Outcome.Failed(ProblemCodes.NotFound);
        db.TierPrices.Remove(row);
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }
}
