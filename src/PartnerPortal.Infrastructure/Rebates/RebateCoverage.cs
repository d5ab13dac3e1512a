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
        return products.Select(p => p.Id);
    }

    /// <summary>
    /// Net shipped amount and units per covered partner in the period, for the covered products: one grouped query.
    /// Shipment rows are read past their query filters because the partner restriction comes from
    /// <see cref="PartnerIds"/>, which does apply the caller's scope.
    /// </summary>
    public static async Task<Dictionary<int, RebateBasisFigures>> SumsAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period,
        CancellationToken ct)
    {
        var partnerIds = PartnerIds(db, policy);
        var start = period.Start;
        var end = period.End;
        var lines =
            from l in db.ShipmentLines.IgnoreQueryFilters()
            join s in db.Shipments.IgnoreQueryFilters() on l.ShipmentId equals s.Id
            join ol in db.OrderLines.IgnoreQueryFilters() on l.OrderLineId equals ol.Id
            where s.ShippedOn >= start && s.ShippedOn <= end && partnerIds.Contains(s.PartnerId)
            select new { s.PartnerId, ol.ProductId, l.Amount, l.Quantity };

        if (policy.ProductTarget == RebateProductTarget.Products)
        {
            var productIds = policy.ProductIds;
            lines = lines.Where(x => productIds.Contains(x.ProductId));
        }
        else if (policy.ProductTarget == RebateProductTarget.Categories)
        {
            var covered = ProductIds(db, policy);
            lines = lines.Where(x => covered.Contains(x.ProductId));
        }

        var sums = await lines
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Amount = g.Sum(x => x.Amount), Quantity = g.Sum(x => x.Quantity) })
            .ToListAsync(ct);
        return sums.ToDictionary(s => s.PartnerId, s => new RebateBasisFigures(s.Amount, s.Quantity));
    }
}
