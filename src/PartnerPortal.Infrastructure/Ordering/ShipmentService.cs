using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Ordering;

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
        var outcome = await ShipAsync(orderId, warehouseId, lines, null, null, user, ct);
        return outcome.Succeeded ? Outcome<int>.Success(outcome.Value!.ShipmentId) : Outcome<int>.Failed(outcome.Problems);
    }

    /// <summary>
    /// A shipment the ERP or warehouse system reports, by the same rules as <see cref="ShipAsync(int, int, IReadOnlyList{ValueTuple{int, int}}, CancellationToken)"/>,
    /// once per <paramref name="externalReference"/>: sending the same reference again (a retry, also several at once)
    /// returns the shipment it made, with <see cref="ShipmentPosting.Created"/> false. The unique index on the reference
    /// decides between concurrent retries; the loser's attempt is rolled back and retried, and then finds the winner's.
    /// </summary>
    /// <param name="shippedOn">The day the goods left; today when null. The invoice is dated the day it is posted (today).</param>
    /// <returns>Fails with <see cref="ProblemCodes.ReferenceInUse"/> when the reference belongs to another order's shipment.</returns>
    public async Task<Outcome<ShipmentPosting>> ShipExternalAsync(int orderId, int warehouseId, IReadOnlyList<(int OrderLineId, int Quantity)> lines,
        string externalReference, DateOnly? shippedOn, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalReference);
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaffOrIntegration(user);
        return await ShipAsync(orderId, warehouseId, lines, externalReference, shippedOn, user, ct);
    }

    private async Task<Outcome<ShipmentPosting>> ShipAsync(int orderId, int warehouseId, IReadOnlyList<(int OrderLineId, int Quantity)> lines,
        string? externalReference, DateOnly? shippedOn, CurrentUser user, CancellationToken ct)
    {
        if (lines is null || lines.Count == 0) return Outcome<ShipmentPosting>.Failed(ProblemCodes.EmptyShipment);
        var outcome = await CommandSupport.RetryAsync(() => TryShipAsync(orderId, warehouseId, lines, externalReference, shippedOn, user, ct), ct);
        // What shipped counts towards the partner's rebates: the accruals catch up in the background.
        if (outcome is { Succeeded: true, Value.Created: true }) rebates.Request();
        return outcome;
    }

    private async Task<Outcome<ShipmentPosting>> TryShipAsync(int orderId, int warehouseId, IReadOnlyList<(int OrderLineId, int Quantity)> requested,
        string? externalReference, DateOnly? shippedOn, CurrentUser user, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (externalReference is not null)
        {
            // References are unique across all partners, so the lookup reads past the caller's scope; only whether the
            // shipment is this order's is used, nothing of another partner's is returned.
            var existing = await db.Shipments.IgnoreQueryFilters().Where(s => s.ExternalReference == externalReference)
                .Select(s => new { s.Id, s.OrderId }).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                return existing.OrderId == orderId
                    ? Outcome<ShipmentPosting>.Success(new ShipmentPosting(existing.Id, Created: false))
                    : Outcome<ShipmentPosting>.Failed(ProblemCodes.ReferenceInUse, "ExternalReference");
            }
        }
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Outcome<ShipmentPosting>.Failed(ProblemCodes.NotFound, "Order");
        if (order.Status is not (OrderStatus.Approved or OrderStatus.PartiallyShipped))
            return Outcome<ShipmentPosting>.Failed(ProblemCodes.WrongOrderStatus, "Order", order.Status.ToString());
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId, ct)) return Outcome<ShipmentPosting>.Failed(ProblemCodes.NotFound, "Warehouse");
        var ledger = new Ledger(db, clock);
        var account = await ledger.AccountAsync(order.PartnerId, ct);
        if (account is null) return Outcome<ShipmentPosting>.Failed(ProblemCodes.NoCreditAccount);

        var lineIds = order.Lines.Select(l => l.Id).ToList();
        var reservations = await db.StockReservations
            .Where(r => lineIds.Contains(r.OrderLineId) && r.WarehouseId == warehouseId).OrderBy(r => r.Id).ToListAsync(ct);
        var (shipping, problems) = Check(order, requested, reservations);
        if (problems.Count > 0) return Outcome<ShipmentPosting>.Failed(problems);

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
                return Outcome<ShipmentPosting>.Failed(ProblemCodes.InsufficientStock, line.Sku, line.Sku, quantity, left);
            }
            Consume(db, reservations.Where(r => r.OrderLineId == line.Id), quantity);
            line.ShippedQuantity += quantity;
        }

        var shipment = await InvoiceAsync(db, ledger, order, account, warehouseId, shipping, user, shippedOn, ct);
        shipment.ExternalReference = externalReference;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<ShipmentPosting>.Success(new ShipmentPosting(shipment.Id, Created: true));
    }

    /// <summary>The shipment and its invoice at the frozen unit prices; the invoiced amount moves from exposure-to-come to the balance.</summary>
    private async Task<Shipment> InvoiceAsync(PortalDbContext db, Ledger ledger, Order order, CreditAccount account, int warehouseId,
        List<(OrderLine Line, int Quantity)> shipping, CurrentUser user, DateOnly? shippedOn, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = CommandSupport.Today(clock);
        var shipDay = shippedOn ?? today;
        var lines = shipping
            .Select(s => new ShipmentLine { OrderLineId = s.Line.Id, Quantity = s.Quantity, Amount = ShipmentAmounts.Line(s.Line.UnitPrice, s.Quantity) })
            .ToList();
        var amount = lines.Sum(l => l.Amount);
        var shipment = new Shipment
        {
            Number = await CommandSupport.NextNumberAsync(db.Shipments.IgnoreQueryFilters().Select(s => s.Number), "SH", today, ct),
            OrderId = order.Id, PartnerId = order.PartnerId, WarehouseId = warehouseId, ShippedOn = shipDay, ShippedByUserId = user.UserId ?? "",
            Amount = amount, Lines = lines,
        };
        shipment.Invoice = await ledger.InvoiceAsync(account, order.Id, amount, $"{order.Number} {shipment.Number}", ct);
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
