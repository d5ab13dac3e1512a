using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The real services write each webhook event into the outbox with the change itself, with a payload an ERP can post:
/// P0001 (EAST, Strategic) orders 4 × AC-1001 at 2,803.00 = 11,212.00, approved at once; P0006 (SOUTH, soft mode) orders
/// 60 × REF-2001 = 99,304.80, over its available credit, and waits for approval.
/// </summary>
public sealed class OutboxEventTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task An_order_approved_at_once_is_submitted_then_approved_with_its_number_partner_lines_and_total()
    {
        await using var database = await TestDatabase.CreateAsync();

        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        var order = await OrderAsync(database, orderId);
        var events = await OutboxAsync(database);
        Assert.Equal([WebhookEvents.OrderSubmitted, WebhookEvents.OrderApproved], events.Select(e => e.Type));
        var p1 = await database.PartnerIdAsync("P0001");
        Assert.All(events, e => Assert.Equal((p1, (DateTimeOffset?)null), (e.PartnerId!.Value, e.DispatchedAt)));
        Assert.NotEqual(events[0].EventId, events[1].EventId);

        var submitted = JsonDocument.Parse(events[0].Payload).RootElement;
        Assert.Equal(events[0].EventId, submitted.GetProperty("id").GetGuid());
        Assert.Equal("order.submitted", submitted.GetProperty("type").GetString());
        var data = submitted.GetProperty("data");
        // The order's key is written in after the insert, before the transaction commits.
        Assert.Equal(orderId, data.GetProperty("orderId").GetInt32());
        Assert.Equal(order.Number, data.GetProperty("orderNumber").GetString());
        Assert.Equal("P0001", data.GetProperty("partnerCode").GetString());
        Assert.Equal("Submitted", data.GetProperty("status").GetString());
        Assert.Equal(11_212.00m, data.GetProperty("total").GetDecimal());
        var line = Assert.Single(data.GetProperty("lines").EnumerateArray());
        Assert.Equal(("AC-1001", 4, 2_803.00m, 11_212.00m),
            (line.GetProperty("sku").GetString(), line.GetProperty("quantity").GetInt32(), line.GetProperty("unitPrice").GetDecimal(),
                line.GetProperty("lineTotal").GetDecimal()));

        var approved = DataOf(events[1]);
        Assert.Equal((orderId, "Approved", "Submitted"),
            (approved.GetProperty("orderId").GetInt32(), approved.GetProperty("status").GetString(), approved.GetProperty("previousStatus").GetString()));
        Assert.False(approved.TryGetProperty("lines", out _));
        // Nothing internal: no user, no credit figures.
        Assert.DoesNotContain("userId", events[1].Payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("credit", events[1].Payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_order_held_for_approval_is_submitted_once_then_approved_by_the_manager_and_a_rejection_raises_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var held = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var rejected = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 61));
        var approvals = Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast));

        Assert.True((await approvals.ApproveAsync(held, "known customer")).Succeeded);
        Assert.True((await approvals.RejectAsync(rejected, "too much")).Succeeded);

        var events = await OutboxAsync(database);
        Assert.Equal([(WebhookEvents.OrderSubmitted, held), (WebhookEvents.OrderSubmitted, rejected), (WebhookEvents.OrderApproved, held)],
            events.Select(e => (e.Type, DataOf(e).GetProperty("orderId").GetInt32())));
        Assert.Equal("PendingApproval", DataOf(events[0]).GetProperty("status").GetString());
        Assert.Equal(99_304.80m, DataOf(events[0]).GetProperty("total").GetDecimal());
        Assert.Equal(("Approved", "PendingApproval"), (DataOf(events[2]).GetProperty("status").GetString(), DataOf(events[2]).GetProperty("previousStatus").GetString()));
        Assert.DoesNotContain("known customer", events[2].Payload);
    }

    [Fact]
    public async Task A_cancelled_order_raises_order_cancelled()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        Assert.True((await Cancellations(database, await DealerOfAsync(database, "P0001")).CancelAsync(orderId)).Succeeded);

        var cancelled = (await OutboxAsync(database)).Last();
        Assert.Equal(WebhookEvents.OrderCancelled, cancelled.Type);
        Assert.Equal((orderId, "Cancelled", "Approved"),
            (DataOf(cancelled).GetProperty("orderId").GetInt32(), DataOf(cancelled).GetProperty("status").GetString(),
                DataOf(cancelled).GetProperty("previousStatus").GetString()));
    }

    [Fact]
    public async Task Each_shipment_raises_order_shipped_with_the_shipment_and_invoice_numbers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var shipments = Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var first = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 3)]);
        var second = await shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 1)]);

        Assert.True(first.Succeeded && second.Succeeded);
        var shipped = (await OutboxAsync(database)).Where(e => e.Type == WebhookEvents.OrderShipped).ToList();
        Assert.Equal(["PartiallyShipped", "Shipped"], shipped.Select(e => DataOf(e).GetProperty("status").GetString()));
        await using var db = await database.CreateSystemContextAsync();
        var stored = await db.Shipments.AsNoTracking().Include(s => s.Invoice).Where(s => s.OrderId == orderId).OrderBy(s => s.Id).ToListAsync();
        foreach (var (e, s, quantity) in shipped.Zip(stored, [3, 1]))
        {
            var shipment = DataOf(e).GetProperty("shipment");
            Assert.Equal((s.Id, s.Number, s.Invoice!.Id, s.Invoice.Number, s.Amount),
                (shipment.GetProperty("shipmentId").GetInt32(), shipment.GetProperty("shipmentNumber").GetString(),
                    shipment.GetProperty("invoiceId").GetInt32(), shipment.GetProperty("invoiceNumber").GetString(), shipment.GetProperty("amount").GetDecimal()));
            var line = Assert.Single(shipment.GetProperty("lines").EnumerateArray());
            Assert.Equal(("AC-1001", quantity), (line.GetProperty("sku").GetString(), line.GetProperty("quantity").GetInt32()));
        }
    }

    [Fact]
    public async Task A_payment_raises_payment_posted_with_its_number_amount_reference_and_the_invoices_it_settled()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");

        var paid = await Payments(database, await CallerAsync(database, DemoUsers.ManagerEast)).RecordPaymentAsync(p2, 300_000.00m, Today, "ICBC-20260401-01");

        Assert.True(paid.Succeeded);
        var posted = Assert.Single(await OutboxAsync(database));
        Assert.Equal((WebhookEvents.PaymentPosted, p2), (posted.Type, posted.PartnerId!.Value));
        await using var db = await database.CreateSystemContextAsync();
        var payment = await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == paid.Value);
        var allocation = await db.LedgerAllocations.AsNoTracking().Include(a => a.InvoiceEntry).SingleAsync(a => a.PaymentEntryId == paid.Value);
        var data = DataOf(posted);
        Assert.Equal((paid.Value, payment.Number, "P0002", 300_000.00m, Today.ToString("yyyy-MM-dd"), "ICBC-20260401-01", 0m),
            (data.GetProperty("paymentId").GetInt32(), data.GetProperty("paymentNumber").GetString(), data.GetProperty("partnerCode").GetString(),
                data.GetProperty("amount").GetDecimal(), data.GetProperty("date").GetString(), data.GetProperty("reference").GetString(),
                data.GetProperty("unallocated").GetDecimal()));
        var settled = Assert.Single(data.GetProperty("allocations").EnumerateArray());
        Assert.Equal((allocation.InvoiceEntryId, allocation.InvoiceEntry!.Number, 300_000.00m),
            (settled.GetProperty("invoiceId").GetInt32(), settled.GetProperty("invoiceNumber").GetString(), settled.GetProperty("amount").GetDecimal()));
    }
}
