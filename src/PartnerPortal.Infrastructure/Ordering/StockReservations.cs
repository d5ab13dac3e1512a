using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Reserves stock for order lines across warehouses, the fullest first. Each reservation is a guarded
/// update that only succeeds while enough is available, so stock is never reserved below zero, however
/// many submissions arrive at once.
/// </summary>
internal static class StockReservations
{
    /// <returns>The lines that could not be covered; empty when everything is reserved.</returns>
    public static async Task<IReadOnlyList<Problem>> ReserveAsync(PortalDbContext db, IEnumerable<OrderLine> lines, CancellationToken ct)
    {
        var shortages = new List<Problem>();
        foreach (var line in lines)
        {
            var stock = await db.StockLevels.AsNoTracking().Where(s => s.ProductId == line.ProductId && s.OnHand > s.Reserved)
                .Select(s => new { s.WarehouseId, Available = s.OnHand - s.Reserved })
                .OrderByDescending(s => s.Available).ThenBy(s => s.WarehouseId)
                .ToListAsync(ct);
            var remaining = line.Quantity;
            foreach (var level in stock)
            {
                if (remaining == 0) break;
                var take = Math.Min(level.Available, remaining);
                var reserved = await db.StockLevels
                    .Where(s => s.WarehouseId == level.WarehouseId && s.ProductId == line.ProductId && s.OnHand - s.Reserved >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Reserved, x => x.Reserved + take), ct);
                if (reserved != 1) continue; // taken meanwhile: try the next warehouse
                db.StockReservations.Add(new StockReservation { OrderLine = line, WarehouseId = level.WarehouseId, Quantity = take });
                remaining -= take;
            }
            if (remaining > 0)
                shortages.Add(new Problem(ProblemCodes.InsufficientStock, line.Sku, line.Sku, line.Quantity, line.Quantity - remaining));
        }
        return shortages;
    }

    /// <summary>Gives back what an order line holds (on cancellation or rejection).</summary>
    public static async Task ReleaseAsync(PortalDbContext db, IReadOnlyCollection<int> orderLineIds, CancellationToken ct)
    {
        var reservations = await db.StockReservations.Where(r => orderLineIds.Contains(r.OrderLineId)).ToListAsync(ct);
        foreach (var r in reservations)
        {
            var productId = await db.OrderLines.Where(l => l.Id == r.OrderLineId).Select(l => l.ProductId).FirstAsync(ct);
            await db.StockLevels.Where(s => s.WarehouseId == r.WarehouseId && s.ProductId == productId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Reserved, x => x.Reserved - r.Quantity), ct);
        }
        db.StockReservations.RemoveRange(reservations);
    }
}
