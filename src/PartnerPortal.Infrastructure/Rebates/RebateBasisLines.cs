using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The one definition of a rebate's basis: the lines that count for a policy version in a period, each with its partner,
/// day, units and net amount. Accruals sum it (<see cref="RebateCoverage.SumsAsync"/>), true-ups recompute settled periods
/// from it and the drill-down lists it, so that all three always agree. A line counts in the period of the day its goods
/// shipped; whatever later takes goods back must be added here as negative lines dated on the shipment it reverses.
/// </summary>
internal static class RebateBasisLines
{
    /// <summary>
    /// The basis lines of every partner (read past the caller's scope: restrict them to the partners the caller may see, as
    /// <see cref="RebateCoverage.SumsAsync"/> and <see cref="Of(PortalDbContext, RebatePolicy, RebatePeriod, int)"/> do).
    /// </summary>
    public static IQueryable<RebateBasisLine> Of(PortalDbContext db, RebatePolicy policy, RebatePeriod period)
    {
        var start = period.Start;
        var end = period.End;
        var shipments = db.Shipments.IgnoreQueryFilters().Where(s => s.ShippedOn >= start && s.ShippedOn <= end);
        if (RebateCoverage.CoversEveryProduct(policy))
        {
            return from l in db.ShipmentLines.IgnoreQueryFilters()
                   join s in shipments on l.ShipmentId equals s.Id
                   select new RebateBasisLine
                   {
                       PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = l.Id, OrderLineId = l.OrderLineId, ShippedOn = s.ShippedOn,
                       Amount = l.Amount, Quantity = l.Quantity,
                   };
        }
        var covered = RebateCoverage.ProductIds(db, policy);
        return from l in db.ShipmentLines.IgnoreQueryFilters()
               join s in shipments on l.ShipmentId equals s.Id
               join ol in db.OrderLines.IgnoreQueryFilters() on l.OrderLineId equals ol.Id
               where covered.Contains(ol.ProductId)
               select new RebateBasisLine
               {
                   PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = l.Id, OrderLineId = l.OrderLineId, ShippedOn = s.ShippedOn,
                   Amount = l.Amount, Quantity = l.Quantity,
               };
    }

    /// <summary>One partner's basis lines; <paramref name="partnerId"/> must be one the caller may see.</summary>
    public static IQueryable<RebateBasisLine> Of(PortalDbContext db, RebatePolicy policy, RebatePeriod period, int partnerId) =>
        Of(db, policy, period).Where(l => l.PartnerId == partnerId);

    /// <summary>One partner's basis, summed in the database.</summary>
    public static async Task<RebateBasisFigures> SumAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period, int partnerId,
        CancellationToken ct)
    {
        var sum = await Of(db, policy, period, partnerId)
            .GroupBy(l => l.PartnerId)
            .Select(g => new { Amount = g.Sum(x => x.Amount), Quantity = g.Sum(x => x.Quantity) })
            .FirstOrDefaultAsync(ct);
        return sum is null ? new RebateBasisFigures(0m, 0m) : new RebateBasisFigures(sum.Amount, sum.Quantity);
    }
}
