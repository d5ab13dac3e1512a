using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>The shipped lines of an order with what earlier returns hold of each, as the caller's scope sees them.</summary>
internal static class ReturnableLines
{
    public sealed record Line(ReturnableShipmentLine View, ReturnableLine Rule, int ProductId, int ShipmentId);

    public static async Task<List<Line>> LoadAsync(PortalDbContext db, int orderId, CancellationToken ct)
    {
        var shipped = await db.ShipmentLines.AsNoTracking()
            .Where(l => l.OrderLine!.OrderId == orderId)
            .Join(db.Shipments, l => l.ShipmentId, s => s.Id, (l, s) => new
            {
                l.Id, l.OrderLineId, l.ShipmentId, s.Number, s.ShippedOn, l.OrderLine!.Sku, l.OrderLine.ProductId,
                l.OrderLine.Product!.Name, l.OrderLine.Product.NameEn, l.Quantity, l.OrderLine.UnitPrice,
            })
            .OrderBy(l => l.ShippedOn).ThenBy(l => l.Id)
            .ToListAsync(ct);
        var ids = shipped.Select(l => l.Id).ToList();
        var earlier = (await db.ReturnLines.AsNoTracking().Where(r => ids.Contains(r.ShipmentLineId))
                .Select(r => new { r.ShipmentLineId, r.ReturnRequest!.Status, r.Quantity, r.ReceivedQuantity }).ToListAsync(ct))
            .ToLookup(r => r.ShipmentLineId, r => new ReturnedQuantity(r.Status, r.Quantity, r.ReceivedQuantity));
        return shipped.Select(l =>
        {
            var rule = new ReturnableLine(l.Id, l.Sku, l.Quantity, earlier[l.Id].ToList());
            var view = new ReturnableShipmentLine(l.Id, l.OrderLineId, l.Number, l.ShippedOn, l.Sku, l.Name, l.NameEn, l.Quantity, rule.Returnable,
                l.UnitPrice);
            return new Line(view, rule, l.ProductId, l.ShipmentId);
        }).ToList();
    }
}
