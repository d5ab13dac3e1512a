using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>
/// P0002 (EAST) owes 768,400.00 on invoice A of 512,000.00 (due first) and B of 256,400.00. A payment of 300,000.00 pays
/// 300,000.00 off A; reversing it makes A owed in full again and the balance 768,400.00 again.
/// </summary>
public sealed class PaymentReversalTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_reversal_reopens_what_the_payment_paid_and_is_its_own_entry_with_its_reason_audited_and_announced()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (p2, paymentId) = await PaidAsync(database, 300_000.00m);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var outboxBefore = (await OutboxAsync(database)).Count;

        var preview = await Reversals(database, manager).PreviewAsync(paymentId);
        var outcome = await Reversals(database, manager).ReverseAsync(paymentId, ReversalReason.Bounced, "银行退票 2026-12-07");

        Assert.NotNull(preview);
        Assert.Equal(("P0002", 300_000.00m, "ICBC-20261207-01", null), (preview.PartnerCode, preview.Amount, preview.Reference, preview.ReversedBy));
        var reopened = Assert.Single(preview.Invoices);
        Assert.Equal(300_000.00m, reopened.Amount);
        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal(768_400.00m, (await CreditAsync(database, "P0002")).Balance); // 468,400.00 + 300,000.00
        await using var db = await database.CreateSystemContextAsync();
        var reversal = await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.ReversesEntryId == paymentId);
        Assert.Equal((outcome.Value!.ReversalEntryId, LedgerEntryKind.Reversal, 300_000.00m, ReversalReason.Bounced, "银行退票 2026-12-07", p2),
            (reversal.Id, reversal.Kind, reversal.Amount, reversal.ReversalReason, reversal.Note, reversal.PartnerId));
        Assert.Matches($"^REV-{Today:yyyyMM}-\\d{{5}}$", reversal.Number);
        Assert.Equal(512_000.00m, (await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Number == reopened.Number)).OpenAmount);
        Assert.Equal(0m, (await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == paymentId)).OpenAmount);

        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(LedgerEntry) && a.EntityKey == reversal.Id.ToString() && a.Action == AuditAction.Created).SingleAsync();
        Assert.Equal(DemoUsers.ManagerEast, audit.UserName);
        Assert.Contains("\"ReversalReason\"", audit.Changes);
        Assert.Contains("银行退票 2026-12-07", audit.Changes);

        var reversed = Assert.Single((await OutboxAsync(database)).Skip(outboxBefore));
        Assert.Equal((WebhookEvents.PaymentReversed, p2), (reversed.Type, reversed.PartnerId!.Value));
        var data = DataOf(reversed);
        Assert.Equal((reversal.Id, reversal.Number, "P0002", 300_000.00m, "Bounced", paymentId, reopened.Number, 300_000.00m),
            (data.GetProperty("reversalId").GetInt32(), data.GetProperty("reversalNumber").GetString(), data.GetProperty("partnerCode").GetString(),
                data.GetProperty("amount").GetDecimal(), data.GetProperty("reason").GetString(), data.GetProperty("paymentId").GetInt32(),
                data.GetProperty("reopenedInvoices")[0].GetProperty("invoiceNumber").GetString(),
                data.GetProperty("reopenedInvoices")[0].GetProperty("amount").GetDecimal()));
        Assert.False(data.TryGetProperty("note", out _));
    }

    [Fact]
    public async Task A_payment_is_reversed_once_and_the_second_attempt_names_the_reversal_that_was_made()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, paymentId) = await PaidAsync(database, 300_000.00m);
        var reversals = Reversals(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var first = await reversals.ReverseAsync(paymentId, ReversalReason.WrongPartner, null);
        var second = await reversals.ReverseAsync(paymentId, ReversalReason.Bounced, null);

        Assert.True(first.Succeeded);
        var problem = Assert.Single(second.Problems);
        Assert.Equal(ProblemCodes.AlreadyReversed, problem.Code);
        Assert.Equal(first.Value!.Number, problem.Args[1]);
        Assert.Equal(first.Value.Number, (await reversals.PreviewAsync(paymentId))!.ReversedBy);
        Assert.Equal(768_400.00m, (await CreditAsync(database, "P0002")).Balance);
    }

    [Fact]
    public async Task Another_regions_payment_is_not_found_and_a_dealer_may_not_reverse_at_all()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, paymentId) = await PaidAsync(database, 300_000.00m);
        var north = Reversals(database, await CallerAsync(database, DemoUsers.ManagerNorth));
        var dealer = Reversals(database, await CallerAsync(database, DemoUsers.DealerP0002));

        Assert.Null(await north.PreviewAsync(paymentId));
        var outcome = await north.ReverseAsync(paymentId, ReversalReason.Bounced, null);
        Assert.Equal((ProblemCodes.NotFound, "Payment"), (Assert.Single(outcome.Problems).Code, outcome.Problems[0].Field));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.ReverseAsync(paymentId, ReversalReason.Bounced, null));
        Assert.Equal(468_400.00m, (await CreditAsync(database, "P0002")).Balance);
        Assert.Equal(0, await ReversalCountAsync(database));
    }

    [Fact]
    public async Task An_invoice_or_an_unknown_id_is_not_a_payment_to_reverse_and_other_needs_a_note()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (p2, paymentId) = await PaidAsync(database, 300_000.00m);
        var reversals = Reversals(database, await CallerAsync(database, DemoUsers.Admin));
        await using var db = await database.CreateSystemContextAsync();
        var invoiceId = await db.LedgerEntries.Where(e => e.PartnerId == p2 && e.Kind == LedgerEntryKind.Invoice).Select(e => e.Id).FirstAsync();

        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await reversals.ReverseAsync(invoiceId, ReversalReason.Bounced, null)).Problems).Code);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await reversals.ReverseAsync(int.MaxValue, ReversalReason.Bounced, null)).Problems).Code);
        var noNote = await reversals.ReverseAsync(paymentId, ReversalReason.Other, " ");
        Assert.Equal((ProblemCodes.Required, "Note"), (Assert.Single(noNote.Problems).Code, noNote.Problems[0].Field));
        Assert.Equal(0, await ReversalCountAsync(database));
        Assert.True((await reversals.ReverseAsync(paymentId, ReversalReason.Other, "录入重复")).Succeeded);
    }

    [Fact]
    public async Task Two_reversals_of_the_same_payment_at_once_make_one_reversal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, paymentId) = await PaidAsync(database, 300_000.00m);
        var east = Reversals(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var admin = Reversals(database, await CallerAsync(database, DemoUsers.Admin));

        var outcomes = await Task.WhenAll(
            Task.Run(() => east.ReverseAsync(paymentId, ReversalReason.Bounced, null)),
            Task.Run(() => admin.ReverseAsync(paymentId, ReversalReason.WrongPartner, null)));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal(ProblemCodes.AlreadyReversed, Assert.Single(outcomes.Single(o => !o.Succeeded).Problems).Code);
        Assert.Equal(1, await ReversalCountAsync(database));
        Assert.Equal(768_400.00m, (await CreditAsync(database, "P0002")).Balance);
    }

    [Fact]
    public async Task A_reversal_racing_a_new_payment_of_the_same_partner_leaves_balance_and_allocations_consistent()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var admin = await CallerAsync(database, DemoUsers.Admin);
        var expected = 768_400.00m;
        for (var round = 1; round <= 4; round++)
        {
            var paid = await Payments(database, manager).RecordPaymentAsync(p2, 100_000.00m, Today, $"ICBC-A-{round}");
            // The reversal gives A back what the first payment took while the second payment allocates to A and B.
            var (reversed, second) = (
                Task.Run(() => Reversals(database, admin).ReverseAsync(paid.Value, ReversalReason.Bounced, null)),
                Task.Run(() => Payments(database, manager).RecordPaymentAsync(p2, 150_000.00m, Today, $"ICBC-B-{round}")));
            Assert.True((await reversed).Succeeded && (await second).Succeeded);
            expected -= 150_000.00m; // the first payment was undone, the second stands
            Assert.Equal(expected, (await CreditAsync(database, "P0002")).Balance);
            await AssertAllocationsStandAsync(database, p2);
        }
    }

    /// <summary>Each invoice's open amount is its amount less what payments not reversed settled of it; a payment's, what it has not applied.</summary>
    private static async Task AssertAllocationsStandAsync(TestDatabase database, int partnerId)
    {
        await using var db = await database.CreateSystemContextAsync();
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.PartnerId == partnerId).ToListAsync();
        var reversed = entries.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToHashSet();
        var ids = entries.Select(e => e.Id).ToList();
        var standing = await db.LedgerAllocations.AsNoTracking().Where(a => ids.Contains(a.PaymentEntryId)).ToListAsync();
        standing.RemoveAll(a => reversed.Contains(a.PaymentEntryId));
        foreach (var e in entries)
        {
            var expected = e.Kind switch
            {
                LedgerEntryKind.Invoice or LedgerEntryKind.DebitNote => e.Amount - standing.Where(a => a.InvoiceEntryId == e.Id).Sum(a => a.Amount),
                LedgerEntryKind.Reversal => 0m,
                _ => reversed.Contains(e.Id) ? 0m : e.Amount - standing.Where(a => a.PaymentEntryId == e.Id).Sum(a => a.Amount),
            };
            Assert.True(expected == e.OpenAmount, $"{e.Number}: open {e.OpenAmount}, allocations leave {expected}");
        }
        var balance = (await db.CreditAccounts.AsNoTracking().SingleAsync(a => a.PartnerId == partnerId)).Balance;
        Assert.Equal(entries.Sum(e => e.SignedAmount), balance);
    }

    private static async Task<(int PartnerId, int PaymentId)> PaidAsync(TestDatabase database, decimal amount)
    {
        var p2 = await database.PartnerIdAsync("P0002");
        var paid = await Payments(database, await CallerAsync(database, DemoUsers.ManagerEast)).RecordPaymentAsync(p2, amount, Today, "ICBC-20261207-01");
        Assert.True(paid.Succeeded);
        return (p2, paid.Value);
    }

    private static async Task<int> ReversalCountAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Reversal);
    }
}
