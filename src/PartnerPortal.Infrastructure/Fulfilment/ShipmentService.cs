using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Fulfilment;

/// <summary>
/// Ships part or all of an approved order from one warehouse and invoices what ships, in one transaction: stock
/// leaves the warehouse (a guarded update), the reservation shrinks, the invoice is raised at the frozen prices
/// and its amount moves from the approved-but-uninvoiced value to the balance.
/// </summary>
public sealed class ShipmentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock,
    Rebates.RebateRecalculationSignal rebates)
{
    /// <returns>The new shipment's id.</returns>
    public async Task<Outcome<int>> ShipAsync(int orderId, int warehouseId, IReadOnlyList<(int OrderLineId, int Quantity)> lines,
        CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        if (lines is null || lines.Count == 0) return Outcome<int>.Failed(ProblemCodes.EmptyShipment);
        var outcome = await CommandSupport.RetryAsync(() => TryShipAsync(orderId, warehouseId, lines, user, ct), ct);
        // What shipped counts towards the partner's rebates: the accruals catch up in the background.
        if (outcome.Succeeded) rebates.Request();
        return outcome;
    }

    private async Task<Outcome<int>> TryShipAsync(int orderId, int warehouseId, IReadOnlyList<(int OrderLineId, int Quantity)> requested,
        CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Order");
        if (order.Status is not (OrderStatus.Approved or OrderStatus.PartiallyShipped))
            return Outcome<int>.Failed(ProblemCodes.WrongOrderStatus, "Order", order.Status.ToString());
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId, ct)) return Outcome<int>.Failed(ProblemCodes.NotFound, "Warehouse");
        var account = await db.CreditAccounts.FirstOrDefaultAsync(a => a.PartnerId == order.PartnerId, ct);
        if (account is null) return Outcome<int>.Failed(ProblemCodes.NoCreditAccount);

        var lineIds = order.Lines.Select(l => l.Id).ToList();
        var reservations = await db.StockReservations
            .Where(r => lineIds.Contains(r.OrderLineId) && r.WarehouseId == warehouseId).OrderBy(r => r.Id).ToListAsync(ct);
        var (shipping, problems) = Check(order, requested, reservations);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        foreach (var (line, quantity) in shipping)
        {
            var moved = await db.StockLevels
                .Where(s => s.WarehouseId == warehouseId && s.ProductId == line.ProductId && s.OnHand >= quantity && s.Reserved >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand - quantity).SetProperty(x => x.Reserved, x => x.Reserved - quantity), ct);
            if (moved != 1)
            {
                var left = await db.StockLevels.Where(s => s.WarehouseId == warehouseId && s.ProductId == line.ProductId)
                    .Select(s => s.OnHand < s.Reserved ? s.OnHand : s.Reserved).FirstOrDefaultAsync(ct);
                await tx.RollbackAsync(ct);
                return Outcome<int>.Failed(ProblemCodes.InsufficientStock, line.Sku, line.Sku, quantity, left);
            }
            Consume(db, reservations.Where(r => r.OrderLineId == line.Id), quantity);
            line.ShippedQuantity += quantity;
        }

        var shipment = await InvoiceAsync(db, order, account, warehouseId, shipping, user, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<int>.Success(shipment.Id);
    }

    /// <summary>The shipment and its invoice at the frozen unit prices; the invoiced amount moves from exposure-to-come to the balance.</summary>
    private async Task<Shipment> InvoiceAsync(PortalDbContext db, Order order, CreditAccount account, int warehouseId,
        List<(OrderLine Line, int Quantity)> shipping, CurrentUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = CommandSupport.Today(clock);
        var lines = shipping
            .Select(s => new ShipmentLine { OrderLineId = s.Line.Id, Quantity = s.Quantity, Amount = Money.Round(s.Line.UnitPrice * s.Quantity) })
            .ToList();
        var amount = lines.Sum(l => l.Amount);
        var shipment = new Shipment
        {
            Number = await CommandSupport.NextNumberAsync(db.Shipments.IgnoreQueryFilters().Select(s => s.Number), "SH", today, ct),
            OrderId = order.Id, PartnerId = order.PartnerId, WarehouseId = warehouseId, ShippedOn = today, ShippedByUserId = user.UserId ?? "",
            Amount = amount, Lines = lines,
        };
        shipment.Invoice = new LedgerEntry
        {
            PartnerId = order.PartnerId, Kind = LedgerEntryKind.Invoice, Date = today, DueDate = today.AddDays(account.PaymentTermsDays),
            Number = await CommandSupport.NextNumberAsync(db.LedgerEntries.IgnoreQueryFilters().Select(e => e.Number), "INV", today, ct),
            Amount = amount, OpenAmount = amount, OrderId = order.Id, Reference = $"{order.Number} {shipment.Number}", CreatedAt = now,
        };
        account.Balance += amount;
        account.ApprovedUninvoiced -= amount;
        account.Version++;
        var next = order.Lines.All(l => l.OpenQuantity == 0) ? OrderStatus.Shipped : OrderStatus.PartiallyShipped;
        order.MoveTo(next, now, user.UserId, user.UserName, $"{shipment.Number} / {shipment.Invoice.Number}");
        db.Shipments.Add(shipment);
        return shipment;
    }

    /// <summary>Merges repeated lines and checks each against what is still to ship and what the line holds in the warehouse.</summary>
    private static (List<(OrderLine Line, int Quantity)> Shipping, List<Problem> Problems) Check(Order order,
        IReadOnlyList<(int OrderLineId, int Quantity)> requested, List<StockReservation> reservations)
    {
        var shipping = new List<(OrderLine, int)>();
        var problems = new List<Problem>();
        foreach (var group in requested.GroupBy(r => r.OrderLineId))
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == group.Key);
            if (line is null)
            {
                problems.Add(new Problem(ProblemCodes.NotFound, "OrderLine", group.Key));
                continue;
            }
            if (group.Any(r => r.Quantity <= 0))
            {
                problems.Add(new Problem(ProblemCodes.QuantityNotPositive, line.Sku));
                continue;
            }
            var quantity = group.Sum(r => r.Quantity);
            var held = reservations.Where(r => r.OrderLineId == line.Id).Sum(r => r.Quantity);
            if (quantity > line.OpenQuantity)
                problems.Add(new Problem(ProblemCodes.ExceedsOpenQuantity, line.Sku, line.Sku, quantity, line.OpenQuantity));
            else if (quantity > held)
                problems.Add(new Problem(ProblemCodes.ExceedsReserved, line.Sku, line.Sku, quantity, held));
            else
                shipping.Add((line, quantity));
        }
        return (shipping, problems);
    }

    /// <summary>Takes the shipped quantity off the line's reservations in the warehouse, removing those used up.</summary>
    private static void Consume(PortalDbContext db, IEnumerable<StockReservation> reservations, int quantity)
    {
        foreach (var reservation in reservations)
        {
            if (quantity == 0) break;
            var take = Math.Min(reservation.Quantity, quantity);
            reservation.Quantity -= take;
            quantity -= take;
            if (reservation.Quantity == 0) db.StockReservations.Remove(reservation);
        }
    }
}
