using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Integration.IntegrationCallerKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The ERP's payments follow the manager's rules. P0002 (EAST) owes 768,400.00 on two open invoices: A of 512,000.00 (due first) and
/// B of 256,400.00.
/// </summary>
public sealed class PaymentPostingServiceTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_posted_payment_settles_the_oldest_due_invoice_first_and_keeps_the_rest_as_an_advance()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (a, b) = await InvoicesAsync(database);
        var start = await CreditAsync(database, "P0002");
        var posting = PaymentPosting(database, await ApiKeyAsync(database));

        var first = await posting.PostAsync(new ApiPaymentRequest("P0002", 600_000.00m, Today, "ERP-PAY-0001", "ICBC 0401"));
        var second = await posting.PostAsync(new ApiPaymentRequest("P0002", 200_000.00m, Today, "ERP-PAY-0002", null));

        Assert.True(first.Succeeded);
        var payment = first.Value!.Value;
        Assert.True(first.Value.Created);
        Assert.Equal(("P0002", 600_000.00m, Today, "ERP-PAY-0001", "ICBC 0401", 0m), (payment.PartnerCode, payment.Amount, payment.Date, payment.Reference,
            payment.Note, payment.Unallocated));
        Assert.Equal([(a, 512_000.00m), (b, 88_000.00m)], payment.Allocations.Select(x => (x.InvoiceNumber, x.Amount)));
        Assert.Matches($"^PAY-{Today:yyyyMM}-\\d{{5}}$", payment.Number);
        Assert.Equal((31_600.00m, "ERP-PAY-0002"), (second.Value!.Value.Unallocated, second.Value.Value.Note)); // 200,000.00 − 168,400.00 left on B
        Assert.Equal(start.Balance - 800_000.00m, (await CreditAsync(database, "P0002")).Balance);
    }

    [Fact]
    public async Task Four_posts_of_one_reference_at_once_record_one_payment()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = await CreditAsync(database, "P0002");
        var caller = await ApiKeyAsync(database);
        var request = new ApiPaymentRequest("P0002", 100_000.00m, Today, "ERP-PAY-0003", null);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PaymentPosting(database, caller).PostAsync(request))));
        var retry = await PaymentPosting(database, caller).PostAsync(request);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, string.Join(", ", o.Problems.Select(p => p.Code))));
        Assert.Single(outcomes, o => o.Value!.Created);
        Assert.False(retry.Value!.Created);
        Assert.Single(outcomes.Select(o => o.Value!.Value.Number).Append(retry.Value.Value.Number).Distinct());
        Assert.Equal(start.Balance - 100_000.00m, (await CreditAsync(database, "P0002")).Balance);
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Payment && e.ExternalReference == "ERP-PAY-0003"));
    }

    [Fact]
    public async Task A_reference_posted_for_another_amount_or_partner_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var posting = PaymentPosting(database, await ApiKeyAsync(database));
        Assert.True((await posting.PostAsync(new ApiPaymentRequest("P0002", 1_000.00m, Today, "ERP-PAY-0004", null))).Succeeded);

        var otherAmount = await posting.PostAsync(new ApiPaymentRequest("P0002", 1_000.01m, Today, "ERP-PAY-0004", null));
        var otherPartner = await posting.PostAsync(new ApiPaymentRequest("P0001", 1_000.00m, Today, "ERP-PAY-0004", null));

        Assert.Equal([("reference", ProblemCodes.ReferenceInUse)], otherAmount.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("reference", ProblemCodes.ReferenceInUse)], otherPartner.Problems.Select(p => (p.Field!, p.Code)));
    }

    [Fact]
    public async Task Bad_values_are_each_named_and_a_partner_outside_the_key_s_regions_is_unknown()
    {
        await using var database = await TestDatabase.CreateAsync();
        var posting = PaymentPosting(database, await ApiKeyAsync(database));

        var missing = await posting.PostAsync(new ApiPaymentRequest(null, null, null, null, new string('x', 101)));
        var zero = await posting.PostAsync(new ApiPaymentRequest("P0002", 0m, Today, "ERP-PAY-0005", null));
        var cents = await posting.PostAsync(new ApiPaymentRequest("P0002", 1.234m, Today, "ERP-PAY-0005", null));
        var unknown = await posting.PostAsync(new ApiPaymentRequest("P9999", 1m, Today, "ERP-PAY-0005", null));
        var north = await PaymentPosting(database, await ApiKeyAsync(database, "NORTH")).PostAsync(new ApiPaymentRequest("P0002", 1m, Today, "ERP-PAY-0005", null));

        Assert.Equal([("partnerCode", ProblemCodes.Required), ("amount", ProblemCodes.Required), ("date", ProblemCodes.Required),
            ("reference", ProblemCodes.Required), ("note", ProblemCodes.TooLong)], missing.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("amount", ProblemCodes.AmountNotPositive)], zero.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("amount", ProblemCodes.TooManyDecimals)], cents.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("partnerCode", ProblemCodes.NotFound)], unknown.Problems.Select(p => (p.Field!, p.Code)));
        Assert.Equal([("partnerCode", ProblemCodes.NotFound)], north.Problems.Select(p => (p.Field!, p.Code)));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.LedgerEntries.AnyAsync(e => e.ExternalReference == "ERP-PAY-0005"));
    }

    /// <summary>The numbers of P0002's two open invoices, the one due first first.</summary>
    private static async Task<(string A, string B)> InvoicesAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        var numbers = await db.LedgerEntries.Where(e => e.Partner!.Code == "P0002" && e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0)
            .OrderBy(e => e.DueDate).Select(e => e.Number).ToListAsync();
        Assert.Equal(2, numbers.Count);
        return (numbers[0], numbers[1]);
    }
}
