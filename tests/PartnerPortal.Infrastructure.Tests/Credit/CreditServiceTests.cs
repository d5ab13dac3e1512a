using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>
/// Credit summaries and ledgers, checked against figures worked out by hand from assets/demo/credit.json.
/// The seed dates invoices relative to the local date it ran on, as the service does.
/// </summary>
public sealed class CreditServiceTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static async Task<List<LedgerEntry>> InvoicesAsync(TestDatabase database, int partnerId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.LedgerEntries.AsNoTracking().Where(e => e.PartnerId == partnerId && e.Kind == LedgerEntryKind.Invoice)
            .OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync();
    }

    private static async Task AddEntryAsync(TestDatabase database, int partnerId, LedgerEntryKind kind, string number,
        DateOnly date, decimal amount, DateOnly? dueDate = null)
    {
        await using var db = await database.CreateSystemContextAsync();
        db.LedgerEntries.Add(new LedgerEntry
        {
            PartnerId = partnerId, Kind = kind, Number = number, Date = date, Amount = amount, OpenAmount = amount,
            DueDate = dueDate, Reference = "TEST-" + number, CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_dealer_near_the_limit_sees_their_figures_and_may_still_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0002);

        var summary = await database.Get<CreditService>().GetSummaryAsync();

        Assert.NotNull(summary);
        Assert.Equal(p2, summary.PartnerId);
        Assert.Equal("P0002", summary.PartnerCode);
        Assert.Equal("杭州西湖家电销售有限公司", summary.PartnerName.Chinese);
        Assert.Equal(800_000.00m, summary.CreditLimit);
        Assert.Equal(768_400.00m, summary.Balance); // 512,000.00 + 256,400.00
        Assert.Equal(0m, summary.ApprovedUninvoiced);
        Assert.Equal(768_400.00m, summary.Exposure); // 768,400.00 + 0
        Assert.Equal(31_600.00m, summary.Available); // 800,000.00 − 768,400.00
        Assert.Equal(CreditMode.Hard, summary.Mode);
        Assert.Equal(30, summary.PaymentTermsDays);
        Assert.Equal(7, summary.GraceDays);
        // Invoices 20 and 9 days ago on 30 days' terms fall due in 10 and 21 days.
        Assert.Empty(summary.Overdue);
        Assert.Equal(CreditOutcome.Approved, summary.Standing.Outcome);
        Assert.Equal(BlockReason.None, summary.Standing.Reason);
        Assert.Null(summary.Standing.OverdueInvoice);
        Assert.Equal(new CreditFigures(800_000.00m, 768_400.00m, 31_600.00m, 0m), summary.Standing.Figures);
    }

    [Fact]
    public async Task An_invoice_past_its_grace_days_blocks_the_partner_and_is_named()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p4 = await database.PartnerIdAsync("P0004");
        var invoices = await InvoicesAsync(database, p4);
        await database.SignInAsync(DemoUsers.Admin); // no demo user belongs to P0004

        var summary = await database.Get<CreditService>().GetSummaryAsync(p4);

        Assert.Equal(2, invoices.Count);
        var old = invoices[0];
        var recent = invoices[1];
        Assert.Equal(86_500.00m, old.Amount);
        Assert.Equal(Today.AddDays(-75), old.Date);
        Assert.Equal(old.Date.AddDays(30), old.DueDate); // due 75 − 30 = 45 days ago
        Assert.Equal(43_200.00m, recent.Amount);
        Assert.Equal(Today.AddDays(18), recent.DueDate); // raised 12 days ago, due in 30 − 12 = 18 days

        Assert.NotNull(summary);
        Assert.Equal("P0004", summary.PartnerCode);
        Assert.Equal(129_700.00m, summary.Balance); // 86,500.00 + 43,200.00
        Assert.Equal(670_300.00m, summary.Available); // 800,000.00 − 129,700.00
        Assert.Equal(CreditOutcome.Blocked, summary.Standing.Outcome);
        Assert.Equal(BlockReason.OverdueInvoice, summary.Standing.Reason);
        Assert.Equal(new OpenInvoice(old.Number, old.DueDate!.Value, 86_500.00m), summary.Standing.OverdueInvoice);
        Assert.Equal(45, summary.Standing.DaysOverdue); // 45 > 7 grace days
        Assert.Equal(new CreditFigures(800_000.00m, 129_700.00m, 670_300.00m, 0m), summary.Standing.Figures);

        var overdue = Assert.Single(summary.Overdue); // the 43,200.00 invoice is not yet due
        Assert.Equal(new OverdueInvoice(old.Number, old.Date, old.DueDate.Value, 86_500.00m, 45, true), overdue);
    }

    [Fact]
    public async Task A_paid_invoice_no_longer_counts_as_overdue()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p4 = await database.PartnerIdAsync("P0004");
        await using (var db = await database.CreateSystemContextAsync())
        {
            // Settle the 86,500.00 invoice that is 45 days overdue (the balance is not what this test is about).
            var old = await db.LedgerEntries.SingleAsync(e => e.PartnerId == p4 && e.Amount == 86_500.00m);
            old.OpenAmount = 0m;
            await db.SaveChangesAsync();
        }
        await database.SignInAsync(DemoUsers.Admin);

        var summary = await database.Get<CreditService>().GetSummaryAsync(p4);

        Assert.NotNull(summary);
        Assert.Empty(summary.Overdue); // the 43,200.00 invoice is due in 18 days
        Assert.Equal(CreditOutcome.Approved, summary.Standing.Outcome);
        Assert.Equal(BlockReason.None, summary.Standing.Reason);
    }

    [Theory]
    [InlineData(7, false)] // exactly the 7 grace days: overdue, but orders may still go ahead
    [InlineData(8, true)] // one day beyond the grace days: blocked
    public async Task An_overdue_invoice_blocks_only_once_the_grace_days_have_passed(int daysOverdue, bool blocked)
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003"); // no invoices, limit 200,000.00, 30 days' terms, 7 grace days
        var dueDate = Today.AddDays(-daysOverdue);
        await AddEntryAsync(database, p3, LedgerEntryKind.Invoice, "INV-TEST-00001", dueDate.AddDays(-30), 1_000.00m, dueDate);
        await database.SignInAsync(DemoUsers.Admin);

        var summary = await database.Get<CreditService>().GetSummaryAsync(p3);

        Assert.NotNull(summary);
        var overdue = Assert.Single(summary.Overdue);
        Assert.Equal("INV-TEST-00001", overdue.Number);
        Assert.Equal(daysOverdue, overdue.DaysOverdue);
        Assert.Equal(blocked, overdue.BeyondGrace);
        Assert.Equal(blocked ? CreditOutcome.Blocked : CreditOutcome.Approved, summary.Standing.Outcome);
        Assert.Equal(blocked ? BlockReason.OverdueInvoice : BlockReason.None, summary.Standing.Reason);
        Assert.Equal(blocked ? daysOverdue : 0, summary.Standing.DaysOverdue);
    }

    [Fact]
    public async Task A_suspended_partner_is_blocked_even_without_invoices()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p7 = await database.PartnerIdAsync("P0007"); // Suspended in partners.json, no invoices
        await database.SignInAsync(DemoUsers.Admin);

        var summary = await database.Get<CreditService>().GetSummaryAsync(p7);

        Assert.NotNull(summary);
        Assert.Equal(0m, summary.Balance);
        Assert.Equal(200_000.00m, summary.Available); // 200,000.00 − 0
        Assert.Empty(summary.Overdue);
        Assert.Equal(CreditOutcome.Blocked, summary.Standing.Outcome);
        Assert.Equal(BlockReason.PartnerSuspended, summary.Standing.Reason);
    }

    [Fact]
    public async Task Newest_first_the_ledger_shows_the_balance_after_each_entry_across_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await AddEntryAsync(database, p2, LedgerEntryKind.Payment, "PAY-TEST-00002", Today, 100_000.00m);
        await database.SignInAsync(DemoUsers.DealerP0002);
        var service = database.Get<CreditService>();

        var pages = new List<LedgerLine>();
        for (var page = 0; page < 3; page++)
            pages.Add(Assert.Single((await service.ListLedgerAsync(null, new PageRequest(Page: page, PageSize: 1), newestFirst: true)).Items));

        // Newest first: payment (768,400 − 100,000), then 256,400 invoice (768,400), then 512,000 invoice (512,000).
        Assert.Equal([LedgerEntryKind.Payment, LedgerEntryKind.Invoice, LedgerEntryKind.Invoice], pages.Select(l => l.Kind));
        Assert.Equal([668_400.00m, 768_400.00m, 512_000.00m], pages.Select(l => l.RunningBalance));
    }

    [Fact]
    public async Task The_ledger_carries_the_running_balance_oldest_first_across_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        // Invoices 512,000.00 (20 days ago) and 256,400.00 (9 days ago), then a payment today.
        await AddEntryAsync(database, p2, LedgerEntryKind.Payment, "PAY-TEST-00001", Today, 100_000.00m);
        await database.SignInAsync(DemoUsers.DealerP0002);
        var service = database.Get<CreditService>();

        var page0 = await service.ListLedgerAsync(null, new PageRequest(Page: 0, PageSize: 1));
        var page1 = await service.ListLedgerAsync(null, new PageRequest(Page: 1, PageSize: 1));
        var page2 = await service.ListLedgerAsync(null, new PageRequest(Page: 2, PageSize: 1));
        var whole = await service.ListLedgerAsync(null, new PageRequest());

        Assert.All(new[] { page0, page1, page2, whole }, p => Assert.Equal(3, p.TotalCount));

        var first = Assert.Single(page0.Items);
        Assert.Equal(LedgerEntryKind.Invoice, first.Kind);
        Assert.Equal(Today.AddDays(-20), first.Date);
        Assert.Equal(512_000.00m, first.Debit);
        Assert.Equal(0m, first.Credit);
        Assert.Equal(512_000.00m, first.RunningBalance); // 0 + 512,000.00
        Assert.Equal(Today.AddDays(10), first.DueDate); // −20 + 30

        var second = Assert.Single(page1.Items);
        Assert.Equal(LedgerEntryKind.Invoice, second.Kind);
        Assert.Equal(256_400.00m, second.Debit);
        Assert.Equal(0m, second.Credit);
        Assert.Equal(768_400.00m, second.RunningBalance); // 512,000.00 carried in + 256,400.00

        var third = Assert.Single(page2.Items);
        Assert.Equal(LedgerEntryKind.Payment, third.Kind);
        Assert.Equal("PAY-TEST-00001", third.Number);
        Assert.Equal("TEST-PAY-TEST-00001", third.Reference);
        Assert.Equal(0m, third.Debit);
        Assert.Equal(100_000.00m, third.Credit);
        Assert.Equal(668_400.00m, third.RunningBalance); // 768,400.00 carried in − 100,000.00
        Assert.Null(third.DueDate);

        Assert.Equal([512_000.00m, 768_400.00m, 668_400.00m], whole.Items.Select(l => l.RunningBalance));
    }

    [Fact]
    public async Task A_dealer_cannot_read_another_partners_credit()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p2 = await database.PartnerIdAsync("P0002");
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CreditService>();

        var summary = await service.GetSummaryAsync(p2);
        var ledger = await service.ListLedgerAsync(p2, new PageRequest());
        var own = await service.GetSummaryAsync();

        Assert.Null(summary);
        Assert.Empty(ledger.Items);
        Assert.Equal(0, ledger.TotalCount);
        Assert.NotNull(own);
        Assert.Equal("P0001", own.PartnerCode);
        Assert.Equal(1_732_000.00m, own.Available); // 3,000,000.00 − 1,268,000.00
    }

    [Fact]
    public async Task A_channel_manager_reads_credit_in_their_regions_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p4 = await database.PartnerIdAsync("P0004"); // EAST
        var p9 = await database.PartnerIdAsync("P0009"); // NORTH
        await database.SignInAsync(DemoUsers.ManagerEast); // EAST + SOUTH
        var service = database.Get<CreditService>();

        var inRegion = await service.GetSummaryAsync(p4);
        var inRegionLedger = await service.ListLedgerAsync(p4, new PageRequest());
        var outside = await service.GetSummaryAsync(p9);
        var outsideLedger = await service.ListLedgerAsync(p9, new PageRequest());
        var noPartner = await service.GetSummaryAsync();

        Assert.NotNull(inRegion);
        Assert.Equal("P0004", inRegion.PartnerCode);
        Assert.Equal(BlockReason.OverdueInvoice, inRegion.Standing.Reason);
        Assert.Equal(2, inRegionLedger.TotalCount);
        Assert.Equal([86_500.00m, 129_700.00m], inRegionLedger.Items.Select(l => l.RunningBalance)); // 86,500 + 43,200
        Assert.Null(outside);
        Assert.Empty(outsideLedger.Items);
        Assert.Equal(0, outsideLedger.TotalCount);
        Assert.Null(noPartner); // a manager has no partner of their own
    }
}
