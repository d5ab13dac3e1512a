using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The one definition of a rebate's basis, net of returns: the lines that count for a policy version in a period, each with
/// its partner, day, units and net amount. Accruals sum it (<see cref="RebateCoverage.SumsAsync"/>), true-ups recompute
/// settled periods from it and the drill-down lists it, so that all three always agree. A shipped line counts in the period
/// of the day its goods shipped; what a return received back of it is a negative line dated on that same shipment, so a
/// return reduces the period it reverses (and, once that period is settled, causes a true-up at the next settlement).
/// Only received goods count: a requested or approved return has not taken anything back yet.
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
        var returned = db.ReturnLines.IgnoreQueryFilters().Where(r => r.ReceivedQuantity > 0);
        if (RebateCoverage.CoversEveryProduct(policy))
        {
            var shipped = from l in db.ShipmentLines.IgnoreQueryFilters()
                          join s in shipments on l.ShipmentId equals s.Id
                          select new RebateBasisLine
                          {
                              PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = l.Id, OrderLineId = l.OrderLineId,
                              ShippedOn = s.ShippedOn, Amount = l.Amount, Quantity = l.Quantity, ReturnRequestId = null,
                          };
            var taken = from r in returned
                        join s in shipments on r.ShipmentId equals s.Id
                        select new RebateBasisLine
                        {
                            PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = r.ShipmentLineId, OrderLineId = r.OrderLineId,
                            ShippedOn = s.ShippedOn, Amount = -(r.CreditAmount ?? 0m), Quantity = -(r.ReceivedQuantity ?? 0),
                            ReturnRequestId = r.ReturnRequestId,
                        };
            return shipped.Concat(taken);
        }
        var covered = RebateCoverage.ProductIds(db, policy);
        var coveredShipped = from l in db.ShipmentLines.IgnoreQueryFilters()
                             join s in shipments on l.ShipmentId equals s.Id
                             join ol in db.OrderLines.IgnoreQueryFilters() on l.OrderLineId equals ol.Id
                             where covered.Contains(ol.ProductId)
                             select new RebateBasisLine
                             {
                                 PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = l.Id, OrderLineId = l.OrderLineId,
                                 ShippedOn = s.ShippedOn, Amount = l.Amount, Quantity = l.Quantity, ReturnRequestId = null,
                             };
        var coveredTaken = from r in returned
                           join s in shipments on r.ShipmentId equals s.Id
                           where covered.Contains(r.ProductId)
                           select new RebateBasisLine
                           {
                               PartnerId = s.PartnerId, ShipmentId = s.Id, ShipmentLineId = r.ShipmentLineId, OrderLineId = r.OrderLineId,
                               ShippedOn = s.ShippedOn, Amount = -(r.CreditAmount ?? 0m), Quantity = -(r.ReceivedQuantity ?? 0),
                               ReturnRequestId = r.ReturnRequestId,
                           };
        return coveredShipped.Concat(coveredTaken);
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
