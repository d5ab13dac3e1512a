using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>Reads what an order still has to ship, for the brand's staff within their scope.</summary>
public sealed class ShippingQueryService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>Null when the order is not visible, or not approved yet, or fully shipped.</summary>
    public async Task<ShippableOrder?> GetAsync(int orderId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsInRole(PortalRoles.Admin) && !user.IsInRole(PortalRoles.ChannelManager))
            throw new ScopeViolationException("Only the brand's staff ship orders.");
        await using var db = await contexts.CreateAsync(ct);
        var order = await db.Orders.AsNoTracking()
            .Where(o => o.Id == orderId && (o.Status == OrderStatus.Approved || o.Status == OrderStatus.PartiallyShipped))
            .Select(o => new
            {
                o.Id, o.Number, o.Partner!.Code, o.Partner.Name, PartnerNameEn = o.Partner.NameEn,
                Lines = o.Lines.Where(l => l.ShippedQuantity < l.Quantity).OrderBy(l => l.Id)
                    .Select(l => new { l.Id, l.Sku, l.Product!.Name, l.Product.NameEn, Open = l.Quantity - l.ShippedQuantity, l.UnitPrice }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (order is null || order.Lines.Count == 0) return null;

        var lineIds = order.Lines.Select(l => l.Id).ToList();
        var reservations = await db.StockReservations.AsNoTracking().Where(r => lineIds.Contains(r.OrderLineId))
            .GroupBy(r => new { r.OrderLineId, r.WarehouseId }).Select(g => new { g.Key.OrderLineId, g.Key.WarehouseId, Quantity = g.Sum(r => r.Quantity) })
            .ToListAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new WarehouseOption(w.Id, w.Code, w.Name, w.NameEn)).ToListAsync(ct);
        var lines = order.Lines.Select(l => new ShippableLine(l.Id, l.Sku, l.Name, l.NameEn, l.Open, l.UnitPrice,
            reservations.Where(r => r.OrderLineId == l.Id).ToDictionary(r => r.WarehouseId, r => r.Quantity))).ToList();
        return new ShippableOrder(order.Id, order.Number, order.Code, new LocalName(order.Name, order.PartnerNameEn), lines, warehouses);
    }
}
