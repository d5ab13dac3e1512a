using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>
/// P0001 (EAST, Strategic, 60 days' terms, balance 1,268,000.00) orders 4 × AC-1001 at 2,803.00 = 11,212.00 and
/// 2 × REF-2001 at 1,799.00 × 0.88 = 1,583.12, i.e. 3,166.24: 14,378.24 in all, both reserved in Shanghai.
/// </summary>
public sealed class ShipmentTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_partial_then_a_full_shipment_move_stock_invoice_what_ships_and_move_the_exposure_to_the_balance()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4), ("REF-2001", 2));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var fridge = await ReservationAsync(database, orderId, "REF-2001");
        var shanghai = await WarehouseIdAsync(database, "WH-SH");
        Assert.Equal((shanghai, shanghai), (ac.WarehouseId, fridge.WarehouseId));
        var start = await CreditAsync(database, "P0001");
        Assert.Equal((1_268_000.00m, 14_378.24m), (start.Balance, start.ApprovedUninvoiced));
        var shipments = Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var first = await shipments.ShipAsync(orderId, shanghai, [(ac.LineId, 3), (fridge.LineId, 2)]);

        Assert.True(first.Succeeded);
        Assert.Equal((192, 1), await StockAsync(database, "AC-1001", "WH-SH"));   // 195 − 3 on hand, 4 − 3 reserved
        Assert.Equal((242, 0), await StockAsync(database, "REF-2001", "WH-SH"));  // 244 − 2, 2 − 2
        Assert.Equal(1, (await ReservationAsync(database, orderId, "AC-1001")).Reserved);
        var firstInvoice = await InvoiceOfAsync(database, first.Value);
        Assert.Equal(11_575.24m, firstInvoice.Amount); // 8,409.00 (2,803.00 × 3) + 3,166.24
        Assert.Equal(11_575.24m, firstInvoice.OpenAmount);
        Assert.Equal((Today, Today.AddDays(60), orderId), (firstInvoice.Date, firstInvoice.DueDate!.Value, firstInvoice.OrderId!.Value));
        Assert.Matches($"^INV-{Today:yyyyMM}-\\d{{5}}$", firstInvoice.Number);
        var afterFirst = await CreditAsync(database, "P0001");
        Assert.Equal((1_279_575.24m, 2_803.00m), (afterFirst.Balance, afterFirst.ApprovedUninvoiced));
        Assert.Equal(start.Version + 1, afterFirst.Version);
        var order = await OrderAsync(database, orderId);
        Assert.Equal(OrderStatus.PartiallyShipped, order.Status);
        Assert.Equal([3, 2], order.Lines.OrderBy(l => l.Sku).Select(l => l.ShippedQuantity));

        var second = await shipments.ShipAsync(orderId, shanghai, [(ac.LineId, 1)]);

        Assert.True(second.Succeeded);
        Assert.Equal((191, 0), await StockAsync(database, "AC-1001", "WH-SH"));
        var secondInvoice = await InvoiceOfAsync(database, second.Value);
        Assert.Equal(2_803.00m, secondInvoice.Amount);
        Assert.NotEqual(firstInvoice.Number, secondInvoice.Number);
        var end = await CreditAsync(database, "P0001");
        Assert.Equal((1_282_378.24m, 0.00m), (end.Balance, end.ApprovedUninvoiced)); // 1,268,000.00 + 14,378.24
        order = await OrderAsync(database, orderId);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal([OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.PartiallyShipped, OrderStatus.Shipped],
            order.Events.OrderBy(e => e.Id).Select(e => e.To));

        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.StockReservations.AnyAsync());
        var saved = await db.Shipments.Include(s => s.Lines).Where(s => s.OrderId == orderId).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([11_575.24m, 2_803.00m], saved.Select(s => s.Amount));
        Assert.Equal(2, saved[0].Lines.Count);
        Assert.All(saved, s => Assert.Matches($"^SH-{Today:yyyyMM}-\\d{{5}}$", s.Number));
        Assert.NotEqual(saved[0].Number, saved[1].Number);
    }

    [Fact]
    public async Task Shipping_more_than_is_open_or_reserved_there_is_refused_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var guangzhou = await WarehouseIdAsync(database, "WH-GZ");
        var shipments = Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var credit = await CreditAsync(database, "P0001");

        var tooMany = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 3), (ac.LineId, 2)]); // merged: 5 of 4
        var elsewhere = await shipments.ShipAsync(orderId, guangzhou, [(ac.LineId, 2)]);
        var zero = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 0)]);
        var unknown = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId + 1000, 1)]);
        var empty = await shipments.ShipAsync(orderId, ac.WarehouseId, []);

        Assert.Equal(new object[] { "AC-1001", 5, 4 }, OnlyProblem(tooMany, ProblemCodes.ExceedsOpenQuantity).Args);
        Assert.Equal(new object[] { "AC-1001", 2, 0 }, OnlyProblem(elsewhere, ProblemCodes.ExceedsReserved).Args);
        Assert.Equal("AC-1001", OnlyProblem(zero, ProblemCodes.QuantityNotPositive).Field);
        Assert.Equal("OrderLine", OnlyProblem(unknown, ProblemCodes.NotFound).Field);
        OnlyProblem(empty, ProblemCodes.EmptyShipment);

        Assert.True((await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 3)])).Succeeded);
        var overOpen = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 2)]);
        Assert.Equal(new object[] { "AC-1001", 2, 1 }, OnlyProblem(overOpen, ProblemCodes.ExceedsOpenQuantity).Args);

        Assert.Equal((192, 1), await StockAsync(database, "AC-1001", "WH-SH")); // only the 3 shipped
        Assert.Equal(credit.Balance + 8_409.00m, (await CreditAsync(database, "P0001")).Balance);
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.Shipments.CountAsync(s => s.OrderId == orderId));
        Assert.Equal(3, (await OrderAsync(database, orderId)).Lines.Single().ShippedQuantity);
    }

    [Fact]
    public async Task An_order_waiting_for_approval_cannot_ship()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var order = await OrderAsync(database, orderId);

        var outcome = await Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast))
            .ShipAsync(orderId, await WarehouseIdAsync(database, "WH-SH"), [(order.Lines.Single().Id, 10)]);

        Assert.Equal("PendingApproval", OnlyProblem(outcome, ProblemCodes.WrongOrderStatus).Args[0]);
        Assert.Equal((244, 0), await StockAsync(database, "REF-2001", "WH-SH"));
    }

    private static Problem OnlyProblem(Outcome<int> outcome, string code)
    {
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(code, problem.Code);
        return problem;
    }

    private static async Task<LedgerEntry> InvoiceOfAsync(TestDatabase database, int shipmentId)
    {
        await using var db = await database.CreateSystemContextAsync();
        var invoiceId = await db.Shipments.Where(s => s.Id == shipmentId).Select(s => s.InvoiceEntryId).SingleAsync();
        var invoice = await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == invoiceId);
        Assert.Equal(LedgerEntryKind.Invoice, invoice.Kind);
        return invoice;
    }
}
