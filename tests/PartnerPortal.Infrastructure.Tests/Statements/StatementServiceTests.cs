using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Statements;

/// <summary>Six months of history, the demo rebate policies and their settlements: statements read from all of it.</summary>
public sealed class StatementDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["Seed:DemoOrderHistoryMonths"] = "6", ["Seed:DemoRebates"] = "true",
    });

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class StatementServiceTests(StatementDatabase fixture) : IClassFixture<StatementDatabase>
{
    private TestDatabase Database => fixture.Database;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    internal static StatementService Statements(TestDatabase database, ICurrentUserAccessor caller) =>
        new(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller), TimeProvider.System);

    [Fact]
    public async Task The_running_balance_starts_at_the_opening_balance_and_closes_at_the_accounts_balance()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var from = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-3);

        var statement = (await Statements(Database, dealer).GetAccountStatementAsync(p0001, from, Today))!;

        await using var db = await Database.CreateSystemContextAsync();
        var ledger = await db.LedgerEntries.Where(e => e.PartnerId == p0001).ToListAsync();
        Assert.Equal(ledger.Where(e => e.Date < from).Sum(e => e.SignedAmount), statement.OpeningBalance);
        Assert.Equal(ledger.Where(e => e.Date >= from).Select(e => e.Number).Order(), statement.Lines.Select(l => l.Number).Order());
        Assert.Contains(statement.Lines, l => l.Kind == LedgerEntryKind.CreditNote); // settled rebates are on the account
        var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == p0001);
        Assert.Equal(account.Balance, statement.ClosingBalance);
        Assert.Equal(statement.OpeningBalance + statement.TotalDebit - statement.TotalCredit, statement.ClosingBalance);
        Assert.Equal(statement.Lines[^1].Balance, statement.ClosingBalance);
        Assert.Equal(account.CreditLimit - account.Balance - account.ApprovedUninvoiced, statement.AvailableCredit);
        Assert.Equal(("P0001", "上海恒通电器贸易有限公司"), (statement.Partner.Code, statement.Partner.Name));
    }

    [Fact]
    public async Task Ageing_on_today_buckets_what_each_invoice_still_owes_by_days_past_due()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var p0004 = await Database.PartnerIdAsync("P0004");

        var statement = (await Statements(Database, admin).GetAccountStatementAsync(p0004, Today.AddMonths(-1), Today))!;

        await using var db = await Database.CreateSystemContextAsync();
        var open = await db.LedgerEntries.Where(e => e.PartnerId == p0004 && e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0).ToListAsync();
        decimal Bucket(int min, int max) => open.Where(i => Today.DayNumber - i.DueDate!.Value.DayNumber is var late && late >= min && late <= max)
            .Sum(i => i.OpenAmount);
        Assert.Equal(open.Sum(i => i.OpenAmount), statement.Ageing.Total);
        Assert.Equal((Bucket(int.MinValue, 0), Bucket(1, 30), Bucket(31, 60), Bucket(61, 90), Bucket(91, int.MaxValue)),
            (statement.Ageing.Current, statement.Ageing.Days1To30, statement.Ageing.Days31To60, statement.Ageing.Days61To90, statement.Ageing.Over90));
        Assert.True(statement.Ageing.Total - statement.Ageing.Current > 0, "P0004 has an overdue invoice in the demo data.");
    }

    [Fact]
    public async Task A_statement_ending_in_the_past_ages_invoices_as_they_stood_then()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var end = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).AddDays(-1);

        var statement = (await Statements(Database, admin).GetAccountStatementAsync(p0001, end.AddMonths(-1), end))!;

        // Every invoice raised by then, less what payments and credit notes dated by then settled of it.
        await using var db = await Database.CreateSystemContextAsync();
        var invoices = await db.LedgerEntries.Where(e => e.PartnerId == p0001 && e.Kind == LedgerEntryKind.Invoice && e.Date <= end).ToListAsync();
        var allocations = await db.LedgerAllocations.Include(a => a.PaymentEntry).Where(a => a.PaymentEntry!.PartnerId == p0001).ToListAsync();
        var owed = invoices.Sum(i => i.Amount - allocations.Where(a => a.InvoiceEntryId == i.Id && a.PaymentEntry!.Date <= end).Sum(a => a.Amount));
        Assert.Equal(owed, statement.Ageing.Total);
        Assert.Equal(statement.ClosingBalance, statement.Lines.Count > 0 ? statement.Lines[^1].Balance : statement.OpeningBalance);
    }

    [Fact]
    public async Task Another_partners_statements_are_not_found()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var north = await CallerAsync(Database, DemoUsers.ManagerNorth);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var p0002 = await Database.PartnerIdAsync("P0002");

        Assert.Null(await Statements(Database, dealer).GetAccountStatementAsync(p0002, Today.AddMonths(-1), Today));
        Assert.Null(await Statements(Database, dealer).GetRebateStatementAsync(p0002, Today.AddYears(-1), Today));
        Assert.Null(await Statements(Database, north).GetAccountStatementAsync(p0001, Today.AddMonths(-1), Today));
        Assert.Null(await Statements(Database, dealer).GetAccountStatementAsync(999_999, Today.AddMonths(-1), Today));
        Assert.Equal(["P0001"], (await Statements(Database, dealer).SearchPartnersAsync(null)).Select(p => p.Code));
        Assert.Equal("P0001", (await Statements(Database, dealer).OwnPartnerAsync())!.Code);
        Assert.Null(await Statements(Database, north).OwnPartnerAsync());
    }

    [Fact]
    public async Task The_rebate_statement_lists_each_policy_and_period_with_its_settlement()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var from = Today.AddYears(-1);

        var statement = (await Statements(Database, dealer).GetRebateStatementAsync(p0001, from, Today))!;

        await using var db = await Database.CreateSystemContextAsync();
        var accruals = await db.RebateAccruals.Include(a => a.CreditNote).Where(a => a.PartnerId == p0001).ToListAsync();
        Assert.Equal(accruals.Count, statement.Rows.Count);
        Assert.Equal(accruals.Sum(a => a.Amount), statement.TotalAccrued);
        Assert.Equal(accruals.Where(a => a.SettledAt != null).Sum(a => a.Amount), statement.TotalSettled);
        Assert.All(statement.Rows.Where(r => r.Settled && r.Amount > 0), r => Assert.StartsWith("CN-", r.CreditNoteNumber));
        Assert.Equal(statement.Rows.OrderBy(r => r.PeriodStart).ThenBy(r => r.PolicyCode).Select(r => (r.PeriodStart, r.PolicyCode)),
            statement.Rows.Select(r => (r.PeriodStart, r.PolicyCode)));
    }

    [Fact]
    public async Task The_order_export_has_one_row_per_visible_order_line_with_the_lists_filters()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var exports = new OrderExportService(new PortalDbContextFactory(Database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), dealer),
            TimeProvider.System);

        var all = await exports.RowsAsync(new OrderFilter(), null).ToListAsync();
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var filtered = await exports.RowsAsync(new OrderFilter(OrderStatus.Completed, lastMonth, lastMonth.AddMonths(1).AddDays(-1)), "SO").ToListAsync();

        await using var db = await Database.CreateSystemContextAsync();
        var p0001 = await Database.PartnerIdAsync("P0001");
        Assert.Equal(await db.OrderLines.CountAsync(l => l.Order!.PartnerId == p0001), all.Count);
        Assert.All(all, r => Assert.Equal("P0001", r.PartnerCode));
        Assert.NotEmpty(filtered);
        Assert.All(filtered, r => Assert.True(DateOnly.FromDateTime(r.SubmittedAt.LocalDateTime) >= lastMonth && r.Status == OrderStatus.Completed));
        Assert.True(filtered.Count < all.Count);
        Assert.Equal(all.OrderByDescending(r => r.SubmittedAt).Select(r => r.SubmittedAt), all.Select(r => r.SubmittedAt));
    }
}
