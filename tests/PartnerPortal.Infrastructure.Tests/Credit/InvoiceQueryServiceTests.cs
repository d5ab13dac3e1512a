using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.ListFilterTestKit;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>
/// The brand staff's invoice list against the demo ledger (assets/demo/credit.json: P0004 has an invoice 75 days old on
/// 30 days' terms) plus a few invoices added here, checked against the same selection made by hand.
/// </summary>
public sealed class InvoiceQueryServiceTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static InvoiceQueryService Invoices(TestDatabase database, FakeCurrentUserAccessor caller) =>
        new(Contexts(database, caller), caller, TimeProvider.System);

    /// <summary>Overdue invoices in the south (P0006), the north (P0010) and the east (P0003, partly paid), and one paid in full.</summary>
    private static async Task ArrangeAsync(TestDatabase database)
    {
        await AddInvoiceAsync(database, "P0006", "INV-T-0001", Today.AddDays(-50), 12_000.00m, 12_000.00m, Today.AddDays(-20));
        await AddInvoiceAsync(database, "P0010", "INV-T-0002", Today.AddDays(-40), 8_000.00m, 8_000.00m, Today.AddDays(-10));
        await AddInvoiceAsync(database, "P0003", "INV-T-0003", Today.AddDays(-35), 5_000.00m, 1_250.50m, Today.AddDays(-5));
        await AddInvoiceAsync(database, "P0003", "INV-T-0004", Today.AddDays(-60), 3_000.00m, 0m, Today.AddDays(-30));
    }

    private static async Task AddInvoiceAsync(TestDatabase database, string partnerCode, string number, DateOnly date, decimal amount,
        decimal open, DateOnly due)
    {
        await using var db = await database.CreateSystemContextAsync();
        db.LedgerEntries.Add(new LedgerEntry
        {
            PartnerId = await db.Partners.Where(p => p.Code == partnerCode).Select(p => p.Id).SingleAsync(), Kind = LedgerEntryKind.Invoice,
            Number = number, Date = date, Amount = amount, OpenAmount = open, DueDate = due, Reference = "TEST", CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Open (or overdue) invoices chosen in memory, earliest due first.</summary>
    private static async Task<List<(string Number, string Partner, decimal Open)>> ByHandAsync(TestDatabase database, bool overdueOnly,
        IReadOnlySet<string>? partners = null)
    {
        await using var db = await database.CreateSystemContextAsync();
        var entries = await db.LedgerEntries.AsNoTracking()
            .Select(e => new { e.Id, e.Number, e.Kind, e.OpenAmount, e.DueDate, Partner = e.Partner!.Code }).ToListAsync();
        return entries
            .Where(e => e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0 && e.DueDate is { } due && (!overdueOnly || due < Today))
            .Where(e => partners is null || partners.Contains(e.Partner))
            .OrderBy(e => e.DueDate).ThenBy(e => e.Id)
            .Select(e => (e.Number, e.Partner, e.OpenAmount)).ToList();
    }

    [Fact]
    public async Task The_overdue_list_and_its_totals_are_the_overdue_invoices()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var expected = await ByHandAsync(database, overdueOnly: true);

        var page = await Invoices(database, await CallerAsync(database, DemoUsers.Admin))
            .ListAsync(new PageRequest(PageSize: 100), new InvoiceFilter(OverdueOnly: true));

        Assert.Equal(expected.Select(e => e.Number), page.Items.Select(i => i.Number));
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Sum(e => e.Open), page.OpenAmountTotal);
        Assert.Contains("P0004", page.Items.Select(i => i.PartnerCode));
        Assert.DoesNotContain("INV-T-0004", page.Items.Select(i => i.Number)); // paid in full
        var partlyPaid = page.Items.Single(i => i.Number == "INV-T-0003");
        Assert.Equal((5_000.00m, 1_250.50m, 5, "华东"), (partlyPaid.Amount, partlyPaid.OpenAmount, partlyPaid.DaysOverdue, partlyPaid.RegionName));
    }

    [Fact]
    public async Task Without_the_overdue_filter_every_open_invoice_is_listed_earliest_due_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var expected = await ByHandAsync(database, overdueOnly: false);

        var page = await Invoices(database, await CallerAsync(database, DemoUsers.Admin))
            .ListAsync(new PageRequest(PageSize: 100), new InvoiceFilter());

        Assert.Equal(expected.Select(e => e.Number), page.Items.Select(i => i.Number));
        Assert.Equal(expected.Sum(e => e.Open), page.OpenAmountTotal);
        Assert.Contains(page.Items, i => i.DaysOverdue == 0 && i.DueDate >= Today); // not yet due
        Assert.True(page.TotalCount > (await ByHandAsync(database, overdueOnly: true)).Count);
    }

    [Fact]
    public async Task A_manager_sees_the_invoices_of_their_regions_and_a_dealer_none()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var own = await PartnerCodesInAsync(database, "EAST", "SOUTH");
        var expected = await ByHandAsync(database, overdueOnly: true, own);

        var east = await Invoices(database, await CallerAsync(database, DemoUsers.ManagerEast))
            .ListAsync(new PageRequest(PageSize: 100), new InvoiceFilter(OverdueOnly: true));
        var north = await Invoices(database, await CallerAsync(database, DemoUsers.ManagerNorth))
            .ListAsync(new PageRequest(PageSize: 100), new InvoiceFilter(OverdueOnly: true));

        Assert.Equal(expected.Select(e => e.Number), east.Items.Select(i => i.Number));
        Assert.Equal(expected.Sum(e => e.Open), east.OpenAmountTotal);
        Assert.DoesNotContain("INV-T-0002", east.Items.Select(i => i.Number));
        Assert.Equal(["INV-T-0002"], north.Items.Select(i => i.Number));
        await Assert.ThrowsAsync<ScopeViolationException>(async () =>
            await Invoices(database, await CallerAsync(database, DemoUsers.DealerP0001)).ListAsync(new PageRequest(), new InvoiceFilter()));
    }

    [Fact]
    public async Task Region_partner_and_search_narrow_the_list_and_its_totals()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var south = await database.RegionIdAsync("SOUTH");
        var p3 = await database.PartnerIdAsync("P0003");
        var service = Invoices(database, await CallerAsync(database, DemoUsers.Admin));

        var inSouth = await service.ListAsync(new PageRequest(), new InvoiceFilter(true, RegionId: south));
        var ofP3 = await service.ListAsync(new PageRequest(), new InvoiceFilter(PartnerId: p3));
        var byNumber = await service.ListAsync(new PageRequest(Search: "inv-t-0002"), new InvoiceFilter());
        var byPartner = await service.ListAsync(new PageRequest(Search: "P0006"), new InvoiceFilter(OverdueOnly: true));

        Assert.Equal(["INV-T-0001"], inSouth.Items.Select(i => i.Number));
        Assert.Equal(12_000.00m, inSouth.OpenAmountTotal);
        Assert.Equal(["INV-T-0003"], ofP3.Items.Select(i => i.Number));
        Assert.Equal((1, 1_250.50m), (ofP3.TotalCount, ofP3.OpenAmountTotal));
        Assert.Equal(["INV-T-0002"], byNumber.Items.Select(i => i.Number));
        Assert.Equal(["INV-T-0001"], byPartner.Items.Select(i => i.Number));
    }

    [Fact]
    public async Task Pages_follow_each_other_and_carry_the_totals_of_the_whole_list()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ArrangeAsync(database);
        var expected = await ByHandAsync(database, overdueOnly: false);
        var service = Invoices(database, await CallerAsync(database, DemoUsers.Admin));

        var pages = new List<InvoicePage>();
        for (var i = 0; i * 2 < expected.Count; i++) pages.Add(await service.ListAsync(new PageRequest(i, 2), new InvoiceFilter()));
        var beyond = await service.ListAsync(new PageRequest(pages.Count, 2), new InvoiceFilter());

        Assert.True(pages.Count >= 2);
        Assert.Equal(expected.Select(e => e.Number), pages.SelectMany(p => p.Items).Select(i => i.Number));
        Assert.All(pages, p => Assert.Equal((expected.Count, expected.Sum(e => e.Open)), (p.TotalCount, p.OpenAmountTotal)));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(2, p.Items.Count));
        Assert.Empty(beyond.Items);
        Assert.Equal(expected.Count, beyond.TotalCount);
    }

    [Fact]
    public async Task Nothing_open_is_an_empty_list_with_zero_totals()
    {
        await using var database = await TestDatabase.CreateAsync();

        var page = await Invoices(database, await CallerAsync(database, DemoUsers.Admin))
            .ListAsync(new PageRequest(Search: "no such invoice"), new InvoiceFilter());

        Assert.Equal((0, 0m), (page.TotalCount, page.OpenAmountTotal));
        Assert.Empty(page.Items);
    }
}
