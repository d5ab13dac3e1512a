using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>An event commits with its change or not at all: a failed save or a failed commit leaves no outbox row.</summary>
public sealed class OutboxTransactionTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_save_that_fails_writes_no_event_and_the_same_save_retried_writes_each_event_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var before = (await OutboxAsync(database)).Count;
        await using var db = await database.CreateSystemContextAsync();
        var order = await db.Orders.SingleAsync(o => o.Id == orderId);
        var taken = await db.LedgerEntries.Select(e => e.Number).FirstAsync();
        order.MoveTo(OrderStatus.Cancelled, DateTimeOffset.UtcNow, null, "test");
        var payment = new LedgerEntry
        {
            PartnerId = order.PartnerId, Kind = LedgerEntryKind.Payment, Number = taken, Date = Today, Amount = 10m, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.LedgerEntries.Add(payment);

        // The payment's number is taken: the unique index refuses the save, with the status change and both events.
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(before, (await OutboxAsync(database)).Count);
        Assert.Equal(OrderStatus.Approved, (await OrderAsync(database, orderId)).Status);

        payment.Number = "PAY-TEST-00001";
        await db.SaveChangesAsync();

        var added = (await OutboxAsync(database)).Skip(before).ToList();
        Assert.Equal([WebhookEvents.OrderCancelled, WebhookEvents.PaymentPosted], added.Select(e => e.Type).Order());
        Assert.Equal(payment.Id, DataOf(added.Single(e => e.Type == WebhookEvents.PaymentPosted)).GetProperty("paymentId").GetInt32());
    }

    [Fact]
    public async Task When_a_services_commit_fails_neither_the_change_nor_its_event_is_kept()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var p2 = await database.PartnerIdAsync("P0002");
        var before = await OutboxAsync(database);
        var balance = (await CreditAsync(database, "P0002")).Balance;
        var stock = await StockAsync(database, "AC-1001", "WH-SH");
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var refusing = new PortalDbContextFactory(new ProviderDbContextFactory(database.Services.GetRequiredService<DatabaseOptions>(),
            [.. database.Services.GetServices<IInterceptor>(), new RefuseCommit()]), manager);
        var payments = new PaymentService(refusing, manager, TimeProvider.System);
        // Shipping moves stock with a guarded ExecuteUpdate before saving: that, too, is rolled back.
        var shipments = new ShipmentService(refusing, manager, TimeProvider.System,
            database.Services.GetRequiredService<PartnerPortal.Infrastructure.Rebates.RebateRecalculationSignal>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => payments.RecordPaymentAsync(p2, 1_000.00m, Today, "refused"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => shipments.ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 4)]));

        Assert.Equal(before.Select(e => e.Id), (await OutboxAsync(database)).Select(e => e.Id));
        Assert.Equal(balance, (await CreditAsync(database, "P0002")).Balance);
        Assert.Equal(stock, await StockAsync(database, "AC-1001", "WH-SH"));
        Assert.Equal(OrderStatus.Approved, (await OrderAsync(database, orderId)).Status);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.LedgerEntries.AnyAsync(e => e.Reference == "refused"));
    }

    [Fact]
    public async Task A_save_without_a_transaction_of_its_own_gets_one_and_the_event_carries_the_new_key()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await using var db = await database.CreateSystemContextAsync();
        var payment = new LedgerEntry
        {
            PartnerId = p2, Kind = LedgerEntryKind.Payment, Number = "PAY-TEST-00002", Date = Today, Amount = 10m, OpenAmount = 10m,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.LedgerEntries.Add(payment);

        await db.SaveChangesAsync();

        Assert.Null(db.Database.CurrentTransaction);
        var posted = Assert.Single(await OutboxAsync(database));
        Assert.Equal((payment.Id, "PAY-TEST-00002"), (DataOf(posted).GetProperty("paymentId").GetInt32(), DataOf(posted).GetProperty("paymentNumber").GetString()));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LedgerEntry) && e.Changes.Contains("PAY-TEST-00002")));
    }

    private sealed class RefuseCommit : DbTransactionInterceptor
    {
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
            throw new InvalidOperationException("The database went away before the commit.");

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The database went away before the commit.");
    }
}
