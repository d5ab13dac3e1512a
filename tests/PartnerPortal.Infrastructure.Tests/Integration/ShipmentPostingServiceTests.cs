using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.IntegrationCallerKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The ERP's shipments follow the manager's Ship rules. P0001 (EAST, 60 days' terms) orders 4 × AC-1001 at 2,803.00 and 2 × REF-2001
/// at 1,583.12, both reserved in WH-SH (195 and 244 on hand).
/// </summary>
public sealed class ShipmentPostingServiceTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static ApiShipmentRequest Request(string order, string shipmentNumber, string warehouse = "WH-SH", DateOnly? shippedOn = null,
        params (string Sku, int Quantity)[] lines) =>
        new(order, shipmentNumber, warehouse, lines.Select(l => new ApiShipmentRequestLine(l.Sku, l.Quantity)).ToList(), shippedOn);

    [Fact]
    public async Task A_posted_shipment_moves_stock_invoices_what_ships_and_keeps_the_ERPs_shipping_day()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4), ("REF-2001", 2));
        var number = await NumberOfAsync(database, orderId);
        var start = await CreditAsync(database, "P0001");
        var shippedOn = Today.AddDays(-2);

        var outcome = await ShipmentPosting(database, await ApiKeyAsync(database))
            .PostAsync(Request(number, "ERP-SH-0001", shippedOn: shippedOn, lines: [("AC-1001", 3), ("ref-2001", 2)]));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems.Select(p => $"{p.Field} {p.Code}")));
        var (shipment, created) = outcome.Value!;
        Assert.True(created);
        Assert.Equal(("ERP-SH-0001", number, "PartiallyShipped", "WH-SH", shippedOn), (shipment.ShipmentNumber, shipment.OrderNumber, shipment.OrderStatus,
            shipment.WarehouseCode, shipment.ShippedOn));
        Assert.Equal(11_575.24m, shipment.Amount); // 2,803.00 × 3 + 1,583.12 × 2
        Assert.Equal([("AC-1001", 3, 8_409.00m), ("REF-2001", 2, 3_166.24m)], shipment.Lines.Select(l => (l.Sku, l.Quantity, l.Amount)));
        // The invoice is raised today, when the shipment is posted, and falls due 60 days later.
        Assert.Equal(Today.AddDays(60), shipment.InvoiceDueDate);
        Assert.Equal((192, 1), await StockAsync(database, "AC-1001", "WH-SH"));
        Assert.Equal((242, 0), await StockAsync(database, "REF-2001", "WH-SH"));
        var credit = await CreditAsync(database, "P0001");
        Assert.Equal((start.Balance + 11_575.24m, start.ApprovedUninvoiced - 11_575.24m), (credit.Balance, credit.ApprovedUninvoiced));
        await using var db = await database.CreateSystemContextAsync();
        var invoice = await db.LedgerEntries.SingleAsync(e => e.Number == shipment.InvoiceNumber);
        Assert.Equal((LedgerEntryKind.Invoice, Today, 11_575.24m, orderId), (invoice.Kind, invoice.Date, invoice.Amount, invoice.OrderId!.Value));
        Assert.Equal("api:erp", (await db.OrderEvents.Where(e => e.OrderId == orderId).OrderBy(e => e.Id).LastAsync()).UserName);
    }

    [Fact]
    public async Task A_shipment_posted_late_gets_the_next_invoice_number_and_is_never_dated_before_the_invoices_ahead_of_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var posting = ShipmentPosting(database, await ApiKeyAsync(database));
        var firstId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var lateId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var (first, late) = (await NumberOfAsync(database, firstId), await NumberOfAsync(database, lateId));

        var today = await posting.PostAsync(Request(first, "ERP-SH-0101", shippedOn: Today, lines: ("AC-1001", 1)));
        var fiveDaysAgo = await posting.PostAsync(Request(late, "ERP-SH-0102", shippedOn: Today.AddDays(-5), lines: ("AC-1001", 1)));

        Assert.True(today.Succeeded && fiveDaysAgo.Succeeded);
        Assert.Equal(Today.AddDays(-5), fiveDaysAgo.Value!.Value.ShippedOn);
        await using var db = await database.CreateSystemContextAsync();
        var invoices = await db.LedgerEntries.Where(e => e.OrderId == firstId || e.OrderId == lateId).Select(e => new { e.Number, e.Date }).ToListAsync();
        var byNumber = invoices.OrderBy(i => i.Number, StringComparer.Ordinal).ToList();
        Assert.Equal([today.Value!.Value.InvoiceNumber, fiveDaysAgo.Value.Value.InvoiceNumber], byNumber.Select(i => i.Number));
        Assert.Equal([Today, Today], byNumber.Select(i => i.Date));
        Assert.StartsWith($"INV-{Today:yyyyMM}-", fiveDaysAgo.Value.Value.InvoiceNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_same_shipment_number_again_returns_the_first_shipment_and_moves_nothing_more()
    {
        await using var database = await TestDatabase.CreateAsync();
        var number = await NumberOfAsync(database, await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4)));
        var posting = ShipmentPosting(database, await ApiKeyAsync(database));

        var first = await posting.PostAsync(Request(number, "ERP-SH-0002", lines: ("AC-1001", 2)));
        var retry = await posting.PostAsync(Request(number, "ERP-SH-0002", lines: ("AC-1001", 2)));

        Assert.True(first.Value!.Created);
        Assert.False(retry.Value!.Created);
        Assert.Equal((first.Value.Value.Number, first.Value.Value.InvoiceNumber, 5_606.00m),
            (retry.Value.Value.Number, retry.Value.Value.InvoiceNumber, retry.Value.Value.Amount));
        Assert.Equal((193, 2), await StockAsync(database, "AC-1001", "WH-SH"));
    }

    [Fact]
    public async Task Four_posts_of_one_shipment_number_at_once_make_one_shipment_one_invoice_and_move_stock_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var number = await NumberOfAsync(database, orderId);
        var caller = await ApiKeyAsync(database);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => ShipmentPosting(database, caller).PostAsync(Request(number, "ERP-SH-0003", lines: ("AC-1001", 3))))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, string.Join(", ", o.Problems.Select(p => p.Code))));
        Assert.Single(outcomes, o => o.Value!.Created);
        Assert.Single(outcomes.Select(o => o.Value!.Value.Number).Distinct());
        Assert.Equal((192, 1), await StockAsync(database, "AC-1001", "WH-SH"));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.Shipments.CountAsync(s => s.OrderId == orderId));
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.OrderId == orderId && e.Kind == LedgerEntryKind.Invoice));
        Assert.Equal(3, await db.OrderLines.Where(l => l.OrderId == orderId).SumAsync(l => l.ShippedQuantity));
    }

    [Fact]
    public async Task Shipping_more_than_is_open_or_reserved_there_or_from_an_order_not_ready_is_refused_naming_the_line()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var number = await NumberOfAsync(database, orderId);
        var posting = ShipmentPosting(database, await ApiKeyAsync(database));

        var tooMany = await posting.PostAsync(Request(number, "ERP-SH-0004", lines: ("AC-1001", 5)));
        var elsewhere = await posting.PostAsync(Request(number, "ERP-SH-0005", "WH-GZ", lines: ("AC-1001", 1)));
        await using (var db = await database.CreateSystemContextAsync())
        {
            (await db.Orders.SingleAsync(o => o.Id == orderId)).Status = OrderStatus.Cancelled;
            await db.SaveChangesAsync();
        }
        var cancelled = await posting.PostAsync(Request(number, "ERP-SH-0006", lines: ("AC-1001", 1)));

        Assert.Equal([(ProblemCodes.ExceedsOpenQuantity, "lines[0].quantity")], tooMany.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.ExceedsReserved, "lines[0].quantity")], elsewhere.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.WrongOrderStatus, "orderNumber")], cancelled.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal((195, 4), await StockAsync(database, "AC-1001", "WH-SH"));
    }

    [Fact]
    public async Task A_shipment_number_already_used_for_another_order_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await NumberOfAsync(database, await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2)));
        var second = await NumberOfAsync(database, await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2)));
        var posting = ShipmentPosting(database, await ApiKeyAsync(database));
        Assert.True((await posting.PostAsync(Request(first, "ERP-SH-0007", lines: ("AC-1001", 2)))).Succeeded);

        var reused = await posting.PostAsync(Request(second, "ERP-SH-0007", lines: ("AC-1001", 2)));

        Assert.Equal([(ProblemCodes.ReferenceInUse, "shipmentNumber")], reused.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public async Task Missing_and_unknown_fields_are_each_named_and_another_region_s_order_is_unknown()
    {
        await using var database = await TestDatabase.CreateAsync();
        var number = await NumberOfAsync(database, await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2)));
        var posting = ShipmentPosting(database, await ApiKeyAsync(database));

        var empty = await posting.PostAsync(new ApiShipmentRequest(null, " ", null, [], Today.AddDays(1)));
        var badLines = await posting.PostAsync(Request(number, "ERP-SH-0008", "WH-NONE", lines: [("AC-1001", 0), ("TV-9999", 1)]));
        var northOnly = await ShipmentPosting(database, await ApiKeyAsync(database, "NORTH")).PostAsync(Request(number, "ERP-SH-0009", lines: ("AC-1001", 1)));

        Assert.Equal([("orderNumber", ProblemCodes.Required), ("shipmentNumber", ProblemCodes.Required), ("warehouseCode", ProblemCodes.Required),
            ("shippedOn", ProblemCodes.OutOfRange), ("lines", ProblemCodes.Required)], empty.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("lines[0].quantity", ProblemCodes.QuantityNotPositive)], badLines.Problems.Select(p => (p.Field!, p.Code)));
        var unknown = await posting.PostAsync(Request(number, "ERP-SH-0008", "WH-NONE", lines: [("AC-1001", 1), ("TV-9999", 1)]));
        Assert.Equal([("warehouseCode", ProblemCodes.NotFound), ("lines[1].sku", ProblemCodes.NotFound)], unknown.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("orderNumber", ProblemCodes.NotFound)], northOnly.Problems.Select(p => (p.Field!, p.Code)));
    }
}
