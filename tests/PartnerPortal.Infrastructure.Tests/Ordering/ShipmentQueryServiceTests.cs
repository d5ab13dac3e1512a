using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>
/// The shipment list is what the dashboards' shipped amounts link to: with the link's filters its total must be the
/// number that was clicked. Checked on the whole demo with fifteen months of history.
/// </summary>
public sealed class ShipmentQueryServiceTests(DashboardDatabase fixture) : IClassFixture<DashboardDatabase>
{
    private TestDatabase Database => fixture.Database;

    private async Task<ShipmentPage> ListAsync(string email, ShipmentFilter filter, PageRequest? page = null)
    {
        await Database.SignInAsync(email);
        return await Database.Get<ShipmentQueryService>().ListAsync(page ?? new PageRequest(PageSize: 10), filter);
    }

    private async Task<DashboardFacts> FactsAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        return await DashboardFacts.LoadAsync(db);
    }

    [Fact]
    public async Task Each_regions_sales_figures_equal_the_totals_of_the_shipments_they_link_to()
    {
        var facts = await FactsAsync();
        var today = facts.Today;
        var yearStart = new DateOnly(today.Year, 1, 1);
        await Database.SignInAsync(DemoUsers.Admin);
        var dashboard = await Database.Get<ManagerDashboardService>().GetAsync(null) ?? throw new InvalidOperationException("No dashboard.");

        Assert.NotEmpty(dashboard.SalesTrend);
        foreach (var region in dashboard.SalesTrend)
        {
            var thisYear = await ListAsync(DemoUsers.Admin, new ShipmentFilter(RegionId: region.RegionId, From: yearStart, To: today));
            var sameDays = await ListAsync(DemoUsers.Admin, new ShipmentFilter(RegionId: region.RegionId, From: yearStart.AddYears(-1), To: today.AddYears(-1)));
            var wholeYear = await ListAsync(DemoUsers.Admin, new ShipmentFilter(RegionId: region.RegionId, From: yearStart.AddYears(-1), To: yearStart.AddDays(-1)));

            Assert.Equal(region.ThisYearTotal, thisYear.AmountTotal);
            Assert.Equal(region.LastYearToDate, sameDays.AmountTotal);
            Assert.Equal(region.LastYearTotal, wholeYear.AmountTotal);
            var expectedCount = facts.Shipments.Count(s => facts.RegionOf(s.PartnerId) == region.RegionId && s.ShippedOn >= yearStart && s.ShippedOn <= today);
            Assert.Equal(expectedCount, thisYear.TotalCount);
        }
        Assert.True(dashboard.SalesTrend.Sum(r => r.ThisYearTotal) > 0);
    }

    [Fact]
    public async Task A_ranked_partners_shipped_amount_and_a_dealers_purchases_equal_their_shipment_lists()
    {
        var facts = await FactsAsync();
        var today = facts.Today;
        var yearStart = new DateOnly(today.Year, 1, 1);
        await Database.SignInAsync(DemoUsers.ManagerEast);
        var manager = await Database.Get<ManagerDashboardService>().GetAsync(null) ?? throw new InvalidOperationException("No dashboard.");
        var top = manager.TopPartners[0];

        var ofTop = await ListAsync(DemoUsers.ManagerEast, new ShipmentFilter(PartnerId: top.PartnerId, From: yearStart, To: today));
        Assert.True(top.ShippedThisYear > 0);
        Assert.Equal(top.ShippedThisYear, ofTop.AmountTotal);
        Assert.All(ofTop.Items, s => Assert.Equal(top.PartnerId, s.PartnerId));

        await Database.SignInAsync(DemoUsers.DealerP0001);
        var dealer = await Database.Get<DealerDashboardService>().GetAsync() ?? throw new InvalidOperationException("No dashboard.");
        var mine = await ListAsync(DemoUsers.DealerP0001, new ShipmentFilter(From: yearStart, To: today));
        var lastYear = await ListAsync(DemoUsers.DealerP0001, new ShipmentFilter(From: yearStart.AddYears(-1), To: yearStart.AddDays(-1)));
        Assert.Equal(dealer.PurchasesThisYearTotal, mine.AmountTotal);
        Assert.Equal(dealer.PurchasesLastYearTotal, lastYear.AmountTotal);
    }

    [Fact]
    public async Task Each_caller_sees_only_the_shipments_of_their_scope()
    {
        var facts = await FactsAsync();
        var p1 = await Database.PartnerIdAsync("P0001");
        var p10 = await Database.PartnerIdAsync("P0010");
        var north = await Database.RegionIdAsync("NORTH");
        var ownRegions = new[] { await Database.RegionIdAsync("EAST"), await Database.RegionIdAsync("SOUTH") };

        var dealer = await ListAsync(DemoUsers.DealerP0001, new ShipmentFilter(), new PageRequest(PageSize: 200));
        var dealerAskingForAnother = await ListAsync(DemoUsers.DealerP0001, new ShipmentFilter(PartnerId: p10));
        var manager = await ListAsync(DemoUsers.ManagerEast, new ShipmentFilter());
        var managerAskingForNorth = await ListAsync(DemoUsers.ManagerEast, new ShipmentFilter(RegionId: north));
        var admin = await ListAsync(DemoUsers.Admin, new ShipmentFilter());

        var ofP1 = facts.Shipments.Where(s => s.PartnerId == p1).ToList();
        Assert.Equal((ofP1.Count, ofP1.Sum(s => s.Amount)), (dealer.TotalCount, dealer.AmountTotal));
        Assert.All(dealer.Items, s => Assert.Equal("P0001", s.PartnerCode));
        Assert.Equal((0, 0m), (dealerAskingForAnother.TotalCount, dealerAskingForAnother.AmountTotal));
        var inOwnRegions = facts.Shipments.Where(s => ownRegions.Contains(facts.RegionOf(s.PartnerId))).ToList();
        Assert.Equal((inOwnRegions.Count, inOwnRegions.Sum(s => s.Amount)), (manager.TotalCount, manager.AmountTotal));
        Assert.Empty(managerAskingForNorth.Items);
        Assert.Equal((facts.Shipments.Count, facts.Shipments.Sum(s => s.Amount)), (admin.TotalCount, admin.AmountTotal));
        await Database.SignInAsync(DemoUsers.TraineeP0001);
        await Assert.ThrowsAsync<ScopeViolationException>(() => Database.Get<ShipmentQueryService>().ListAsync(new PageRequest(), new ShipmentFilter()));
    }

    [Fact]
    public async Task The_list_runs_latest_first_in_pages_and_search_finds_a_shipment_by_its_or_its_orders_number()
    {
        var facts = await FactsAsync();
        var p2 = await Database.PartnerIdAsync("P0002");
        var expected = facts.Shipments.Where(s => s.PartnerId == p2).OrderByDescending(s => s.ShippedOn).ThenByDescending(s => s.Id).ToList();
        Assert.True(expected.Count > 6);

        var pages = new List<ShipmentPage>();
        for (var i = 0; i * 5 < expected.Count; i++)
            pages.Add(await ListAsync(DemoUsers.Admin, new ShipmentFilter(PartnerId: p2), new PageRequest(i, 5)));
        Assert.Equal(expected.Select(s => s.Number), pages.SelectMany(p => p.Items).Select(s => s.Number));
        Assert.All(pages, p => Assert.Equal((expected.Count, expected.Sum(s => s.Amount)), (p.TotalCount, p.AmountTotal)));

        var sample = expected[3];
        string orderNumber;
        await using (var db = await Database.CreateSystemContextAsync())
            orderNumber = await db.Orders.Where(o => o.Id == sample.OrderId).Select(o => o.Number).SingleAsync();
        var byNumber = await ListAsync(DemoUsers.Admin, new ShipmentFilter(), new PageRequest(Search: sample.Number.ToLowerInvariant()));
        var byOrder = await ListAsync(DemoUsers.Admin, new ShipmentFilter(), new PageRequest(Search: orderNumber));
        Assert.Equal([sample.Number], byNumber.Items.Select(s => s.Number));
        Assert.Contains(sample.Number, byOrder.Items.Select(s => s.Number));
        Assert.All(byOrder.Items, s => Assert.Equal(orderNumber, s.OrderNumber));
        var row = byNumber.Items.Single();
        Assert.Equal((sample.ShippedOn, sample.Amount, sample.OrderId, "P0002"), (row.ShippedOn, row.Amount, row.OrderId, row.PartnerCode));
        Assert.NotNull(row.InvoiceNumber);

        var none = await ListAsync(DemoUsers.Admin, new ShipmentFilter(), new PageRequest(Search: "no such shipment"));
        Assert.Equal((0, 0m), (none.TotalCount, none.AmountTotal));
    }
}
