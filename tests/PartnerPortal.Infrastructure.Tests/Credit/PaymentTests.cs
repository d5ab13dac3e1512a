using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>
/// P0002 (EAST) owes 768,400.00 on two open invoices: A of 512,000.00 (20 days ago, due in 10 days) and invoice B of 256,400.00
/// (9 days ago, due in 21 days).
/// </summary>
public sealed class PaymentTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Payments_settle_the_oldest_due_invoice_first_and_keep_what_is_left_as_an_advance()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var (a, b) = await InvoicesAsync(database, p2);
        var start = await CreditAsync(database, "P0002");
        var payments = Payments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var first = await payments.RecordPaymentAsync(p2, 300_000.00m, Today, "ICBC-20260401-01");

        Assert.True(first.Succeeded);
        Assert.Equal((212_000.00m, 256_400.00m), await OpenAmountsAsync(database, a, b)); // 512,000.00 − 300,000.00
        Assert.Equal(468_400.00m, (await CreditAsync(database, "P0002")).Balance);       // 768,400.00 − 300,000.00

        var second = await payments.RecordPaymentAsync(p2, 500_000.00m, Today, "ICBC-20260401-02");

        Assert.True(second.Succeeded);
        Assert.Equal((0m, 0m), await OpenAmountsAsync(database, a, b));
        var end = await CreditAsync(database, "P0002");
        Assert.Equal(-31_600.00m, end.Balance); // 468,400.00 − 500,000.00
        Assert.Equal(start.Version + 2, end.Version);

        await using var db = await database.CreateSystemContextAsync();
        var payment = await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == second.Value);
        Assert.Equal((LedgerEntryKind.Payment, 500_000.00m, 31_600.00m), (payment.Kind, payment.Amount, payment.OpenAmount));
        Assert.Equal(("ICBC-20260401-02", Today), (payment.Reference, payment.Date));
        Assert.Matches($"^PAY-{Today:yyyyMM}-\\d{{5}}$", payment.Number);
        Assert.Equal(0m, (await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == first.Value)).OpenAmount);
        Assert.Equal([(a, 212_000.00m), (b, 256_400.00m)], await db.LedgerAllocations.Where(x => x.PaymentEntryId == second.Value)
            .OrderBy(x => x.Id).Select(x => ValueTuple.Create(x.InvoiceEntryId, x.Amount)).ToListAsync());
        Assert.Equal([(a, 300_000.00m)], await db.LedgerAllocations.Where(x => x.PaymentEntryId == first.Value)
            .Select(x => ValueTuple.Create(x.InvoiceEntryId, x.Amount)).ToListAsync());
    }

    [Fact]
    public async Task Bad_amounts_and_references_are_named_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var start = await CreditAsync(database, "P0002");
        var paymentsBefore = await PaymentCountAsync(database);
        var payments = Payments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var zero = await payments.RecordPaymentAsync(p2, 0m, Today, "x");
        var negative = await payments.RecordPaymentAsync(p2, -5m, Today, "x");
        var fraction = await payments.RecordPaymentAsync(p2, 10.005m, Today, "x");
        var reference = await payments.RecordPaymentAsync(p2, 10m, Today, new string('x', LedgerEntry.ReferenceMaxLength + 1));

        Assert.Equal((ProblemCodes.AmountNotPositive, "Amount"), (Assert.Single(zero.Problems).Code, zero.Problems[0].Field));
        Assert.Equal(ProblemCodes.AmountNotPositive, Assert.Single(negative.Problems).Code);
        Assert.Equal((ProblemCodes.TooManyDecimals, (object)2), (Assert.Single(fraction.Problems).Code, fraction.Problems[0].Args[0]));
        Assert.Equal((ProblemCodes.TooLong, "Reference"), (Assert.Single(reference.Problems).Code, reference.Problems[0].Field));
        var after = await CreditAsync(database, "P0002");
        Assert.Equal((start.Balance, start.Version), (after.Balance, after.Version));
        Assert.Equal(paymentsBefore, await PaymentCountAsync(database));
    }

    [Fact]
    public async Task A_payment_without_a_reference_needs_the_reason_which_is_kept_as_its_note()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        var paymentsBefore = await PaymentCountAsync(database);
        var payments = Payments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var neither = await payments.RecordPaymentAsync(p2, 1_000.00m, Today, " ");
        var both = await payments.RecordPaymentAsync(p2, 1_000.00m, Today, "ICBC-1", "现金");
        Assert.Equal((ProblemCodes.ReferenceOrReasonRequired, "Reference"), (Assert.Single(neither.Problems).Code, neither.Problems[0].Field));
        Assert.Equal((ProblemCodes.ReferenceAndReason, "NoReferenceReason"), (Assert.Single(both.Problems).Code, both.Problems[0].Field));
        Assert.Equal(paymentsBefore, await PaymentCountAsync(database));

        var cash = await payments.RecordPaymentAsync(p2, 1_000.00m, Today, null, " 现金，客户到店付款 ");

        Assert.True(cash.Succeeded);
        await using var db = await database.CreateSystemContextAsync();
        var payment = await db.LedgerEntries.AsNoTracking().SingleAsync(e => e.Id == cash.Value);
        Assert.Equal(("", "现金，客户到店付款"), (payment.Reference, payment.Note));
    }

    private static async Task<int> PaymentCountAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Payment);
    }

    private static async Task<(int A, int B)> InvoicesAsync(TestDatabase database, int partnerId)
    {
        await using var db = await database.CreateSystemContextAsync();
        var ids = await db.LedgerEntries.Where(e => e.PartnerId == partnerId && e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0)
            .OrderBy(e => e.DueDate).Select(e => e.Id).ToListAsync();
        Assert.Equal(2, ids.Count);
        return (ids[0], ids[1]);
    }

    private static async Task<(decimal A, decimal B)> OpenAmountsAsync(TestDatabase database, int a, int b)
    {
        await using var db = await database.CreateSystemContextAsync();
        var open = await db.LedgerEntries.Where(e => e.Id == a || e.Id == b).ToDictionaryAsync(e => e.Id, e => e.OpenAmount);
        return (open[a], open[b]);
    }
}
