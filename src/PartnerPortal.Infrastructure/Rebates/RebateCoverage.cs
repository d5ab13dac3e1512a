using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The partners and products a policy version covers, and the grouped sums of what those partners had shipped
/// in a period: the basis of every accrual, computed in the database.
/// </summary>
internal static class RebateCoverage
{
    /// <summary>The covered partners the context's scope can see.</summary>
    public static IQueryable<int> PartnerIds(PortalDbContext db, RebatePolicy policy)
    {
        var regionIds = policy.RegionIds;
        var partners = db.Partners.Where(p => regionIds.Contains(p.RegionId));
        if (policy.PartnerTarget == RebatePartnerTarget.Tiers)
        {
            var tiers = policy.PartnerTiers;
            partners = partners.Where(p => tiers.Contains(p.Tier));
        }
        else if (policy.PartnerTarget == RebatePartnerTarget.Partners)
        {
            var ids = policy.PartnerIds;
            partners = partners.Where(p => ids.Contains(p.Id));
        }
        return partners.Select(p => p.Id);
    }

    public static IQueryable<int> ProductIds(PortalDbContext db, RebatePolicy policy)
    {
        var products = db.Products.AsQueryable();
        if (policy.ProductTarget == RebateProductTarget.Categories)
        {
            var categoryIds = policy.CategoryIds;
            products = products.Where(p => categoryIds.Contains(p.CategoryId));
        }
        else if (policy.ProductTarget == RebateProductTarget.Products)
        {
            var productIds = policy.ProductIds;
            products = products.Where(p => productIds.Contains(p.Id));
        }
        if (policy.ExcludedCategoryIds.Count > 0)
        {
            var excluded = policy.ExcludedCategoryIds;
            products = products.Where(p => !excluded.Contains(p.CategoryId));
        }
        if (policy.ExcludedProductIds.Count > 0)
        {
            var excluded = policy.ExcludedProductIds;
            products = products.Where(p => !excluded.Contains(p.Id));
        }
        return products.Select(p => p.Id);
    }

    public static bool CoversEveryProduct(RebatePolicy policy) =>
        policy.ProductTarget == RebateProductTarget.All && policy.ExcludedCategoryIds.Count == 0 && policy.ExcludedProductIds.Count == 0;

    /// <summary>
    /// Net shipped amount and units per covered partner in the period, for the covered products: one grouped query
    /// over the period's shipments. The partner restriction is applied to the grouped rows rather than in the query:
    /// a partner list in the query makes SQLite walk every shipment of each partner instead of the period's range
    /// (5 times slower on a year of a million lines). <paramref name="coveredPartnerIds"/> comes from
    /// <see cref="PartnerIds"/>, which applies the caller's scope, so no other partner's figure is ever returned.
    /// </summary>
    public static async Task<Dictionary<int, RebateBasisFigures>> SumsAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period,
        IReadOnlySet<int> coveredPartnerIds, CancellationToken ct)
    {
        var sums = await RebateBasisLines.Of(db, policy, period)
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Amount = g.Sum(x => x.Amount), Quantity = g.Sum(x => x.Quantity) })
            .ToListAsync(ct);
        return sums.Where(s => coveredPartnerIds.Contains(s.PartnerId))
            .ToDictionary(s => s.PartnerId, s => new RebateBasisFigures(s.Amount, s.Quantity));
    }
}
