using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

public sealed class ManagerDashboardTests(DashboardDatabase fixture) : IClassFixture<DashboardDatabase>
{
    private TestDatabase Database => fixture.Database;

    private async Task<DashboardFacts> FactsAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        return await DashboardFacts.LoadAsync(db);
    }

    private async Task<ManagerDashboard> DashboardAsync(string email, int? regionId = null)
    {
        await Database.SignInAsync(email);
        return await Database.Get<ManagerDashboardService>().GetAsync(regionId) ?? throw new InvalidOperationException("No dashboard.");
    }

    [Fact]
    public async Task Admin_sales_trend_and_ranking_equal_the_shipments_added_up_one_by_one()
    {
        var facts = await FactsAsync();
        var dashboard = await DashboardAsync(DemoUsers.Admin);
        var today = facts.Today;
        var year = today.Year;

        Assert.Equal(year, dashboard.Year);
        Assert.Equal(facts.Partners.Count, dashboard.PartnerCount);
        Assert.Equal(facts.Partners.Select(p => p.RegionId).Distinct().Order(), dashboard.SalesTrend.Select(t => t.RegionId).Order());
        foreach (var trend in dashboard.SalesTrend)
        {
            Assert.Equal(Enumerable.Range(1, 12).Select(m => facts.ShippedInRegion(trend.RegionId, year, m)), trend.ThisYear);
            Assert.Equal(Enumerable.Range(1, 12).Select(m => facts.ShippedInRegion(trend.RegionId, year - 1, m)), trend.LastYear);
            var lastYearToDate = facts.Partners.Where(p => p.RegionId == trend.RegionId)
                .Sum(p => facts.Shipped(p.Id, new DateOnly(year - 1, 1, 1), today.AddYears(-1)));
            Assert.Equal(lastYearToDate, trend.LastYearToDate);
        }
        Assert.True(dashboard.SalesTrend.Sum(t => t.ThisYearTotal) > 0);
        Assert.True(dashboard.SalesTrend.Sum(t => t.LastYearTotal) > 0);

        var active = facts.Partners.Where(p => p.Status == PartnerStatus.Active).ToList();
        var expected = active.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => (p.Id, Now: facts.Shipped(p.Id, new DateOnly(year, 1, 1), today),
            Before: facts.Shipped(p.Id, new DateOnly(year - 1, 1, 1), today.AddYears(-1)))).ToList();
        Assert.Equal(expected.OrderByDescending(e => e.Now).Take(5).Select(e => (e.Id, e.Now, e.Before)),
            dashboard.TopPartners.Select(r => (r.PartnerId, r.ShippedThisYear, r.ShippedLastYear)));
        Assert.Equal(expected.OrderBy(e => e.Now).Take(5).Select(e => e.Now), dashboard.BottomPartners.Select(r => r.ShippedThisYear));
        // Growth is the last three full months against the same months a year earlier.
        var growth = active.Select(p => (p.Id, Input: facts.HealthInput(p.Id))).Where(p => p.Input.ShippedYearBefore > 0)
            .Select(p => (p.Id, Growth: (p.Input.ShippedRecent - p.Input.ShippedYearBefore) / p.Input.ShippedYearBefore)).ToList();
        Assert.Equal(growth.Where(g => g.Growth > 0).OrderByDescending(g => g.Growth).ThenBy(g => facts.Partners.Single(p => p.Id == g.Id).Code, StringComparer.Ordinal).Take(5).Select(g => (g.Id, (decimal?)g.Growth)),
            dashboard.FastestGrowing.Select(r => (r.PartnerId, r.Growth)));
        Assert.Equal(growth.Where(g => g.Growth < 0).OrderBy(g => g.Growth).ThenBy(g => facts.Partners.Single(p => p.Id == g.Id).Code, StringComparer.Ordinal).Take(5).Select(g => (g.Id, (decimal?)g.Growth)),
            dashboard.FastestDeclining.Select(r => (r.PartnerId, r.Growth)));
        Assert.True(dashboard.FastestGrowing[0].Growth > 0);
        Assert.True(dashboard.FastestDeclining[0].Growth < 0);
    }

    [Fact]
    public async Task Admin_queues_equal_direct_counts()
    {
        var facts = await FactsAsync();
        var queues = (await DashboardAsync(DemoUsers.Admin)).Queues;
        await using var db = await Database.CreateSystemContextAsync();

        Assert.Equal(2, queues.PendingApprovals);
        Assert.Equal(await db.Redemptions.CountAsync(r => r.Status == RedemptionStatus.Pending), queues.PendingRedemptions);
        Assert.Equal(facts.Overdue.Count, queues.OverdueInvoices);
        Assert.Equal(facts.Overdue.Sum(e => e.OpenAmount), queues.OverdueAmount);
        Assert.True(queues.OverdueInvoices > 0);
        // The demo's two quiet partners (no order for three months) and nobody else.
        Assert.Equal(facts.Silent(facts.Partners).Count, queues.SilentPartners);
        Assert.Equal(["P0006", "P0013"], facts.Silent(facts.Partners).Select(id => facts.Partners.Single(p => p.Id == id).Code).Order());

        var lastDay = facts.Today.AddDays(30);
        Assert.Equal(await db.PartnerDocuments.CountAsync(d => d.ExpiresOn <= lastDay), queues.ExpiringDocuments);
        Assert.True(queues.ExpiringDocuments > 0);

        var stock = await db.StockLevels.AsNoTracking().ToListAsync();
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).ToListAsync();
        var low = products.Count(p => stock.Where(s => s.ProductId == p.Id).Sum(s => s.OnHand - s.Reserved) <= p.LowStockThreshold);
        Assert.Equal(low, queues.LowStockProducts);
    }

    [Fact]
    public async Task Health_scores_equal_the_calculation_on_directly_measured_inputs()
    {
        var facts = await FactsAsync();
        var dashboard = await DashboardAsync(DemoUsers.Admin);
        var weights = Database.Get<PartnerHealthWeights>();
        var all = await Database.Get<PartnerHealthService>().ListAsync(new PageRequest(0, 200), null, null);

        var active = facts.Partners.Where(p => p.Status == PartnerStatus.Active).ToList();
        Assert.Equal(active.Count, all.TotalCount);
        foreach (var row in all.Items)
        {
            var input = facts.HealthInput(row.PartnerId);
            Assert.Equal(input, row.Input);
            Assert.Equal(PartnerHealthCalculator.Calculate(input, weights), row.Health, new HealthComparer());
        }
        Assert.Equal(all.Items.Select(r => r.Health.Score).Order(), all.Items.Select(r => r.Health.Score));
        // The demo's patterns spread the scores: growth, quiet partners and overdue invoices all show.
        Assert.True(all.Items.Select(r => r.Health.Score).Distinct().Count() >= 4);
        Assert.Contains(all.Items, r => r.Input.ShippedYearBefore > 0 && r.Input.ShippedRecent > r.Input.ShippedYearBefore);
        Assert.Contains(all.Items, r => r.Input.OverdueAmount > 0);
        Assert.Contains(all.Items, r => r.Input.CoursesEnrolled > 0);
        Assert.Contains(all.Items, r => r.Input.RebatePeriods > 0);

        Assert.Equal(all.Items.Take(5).Select(r => r.PartnerId), dashboard.LowestHealth.Select(r => r.PartnerId));
        Assert.Equal(all.Items.Count(r => r.Health.Band == HealthBand.Healthy), dashboard.HealthBands.Healthy);
        Assert.Equal(all.Items.Count(r => r.Health.Band == HealthBand.Watch), dashboard.HealthBands.Watch);
        Assert.Equal(all.Items.Count(r => r.Health.Band == HealthBand.AtRisk), dashboard.HealthBands.AtRisk);
        Assert.Equal(all.Items.Where(r => r.Input.CoursesEnrolled > 0).Sum(r => r.Input.CoursesEnrolled),
            dashboard.TrainingCompletion.Sum(t => t.Enrolled));
        Assert.Equal(all.Items.Where(r => r.Input.CoursesEnrolled > 0).Sum(r => r.Input.CoursesPassed),
            dashboard.TrainingCompletion.Sum(t => t.Passed));

        var page = await Database.Get<PartnerHealthService>().ListAsync(new PageRequest(1, 5), null, null);
        Assert.Equal(all.Items.Skip(5).Take(5).Select(r => r.PartnerId), page.Items.Select(r => r.PartnerId));
        var watch = await Database.Get<PartnerHealthService>().ListAsync(new PageRequest(0, 200), null, HealthBand.Watch);
        Assert.Equal(all.Items.Where(r => r.Health.Band == HealthBand.Watch).Select(r => r.PartnerId), watch.Items.Select(r => r.PartnerId));
        var one = await Database.Get<PartnerHealthService>().GetAsync(all.Items[0].PartnerId);
        Assert.Equal(all.Items[0].Health.Score, one!.Health.Score);
    }

    [Fact]
    public async Task A_managers_figures_include_only_their_regions_and_add_up_to_the_admins_by_region()
    {
        var facts = await FactsAsync();
        var east = await Database.RegionIdAsync("EAST");
        var south = await Database.RegionIdAsync("SOUTH");
        var north = await Database.RegionIdAsync("NORTH");
        var mine = facts.Partners.Where(p => p.RegionId == east || p.RegionId == south).ToList();

        var manager = await DashboardAsync(DemoUsers.ManagerEast);
        Assert.Equal([east, south], manager.Regions.Select(r => r.Id).Order());
        Assert.Equal(mine.Count, manager.PartnerCount);
        Assert.Equal([east, south], manager.SalesTrend.Select(t => t.RegionId).Order());
        Assert.All(manager.TopPartners.Concat(manager.BottomPartners).Concat(manager.FastestGrowing),
            r => Assert.Contains(r.RegionId, new[] { east, south }));
        Assert.All(manager.LowestHealth, r => Assert.Contains(r.RegionId, new[] { east, south }));
        Assert.Equal(facts.Overdue.Where(e => mine.Any(p => p.Id == e.PartnerId)).Sum(e => e.OpenAmount), manager.Queues.OverdueAmount);
        Assert.Equal(facts.Silent(mine).Count, manager.Queues.SilentPartners);
        var lastDay = facts.Today.AddDays(30);
        await using (var db = await Database.CreateSystemContextAsync())
            Assert.Equal(await db.PartnerDocuments.CountAsync(d => d.ExpiresOn <= lastDay && (d.Partner!.RegionId == east || d.Partner.RegionId == south)),
                manager.Queues.ExpiringDocuments);
        Assert.Equal(1, manager.Queues.PendingApprovals); // P0001 is in 华东; P0010 (华北) is not theirs

        // One region of theirs: the admin sees the same figures for it.
        var eastOnly = await DashboardAsync(DemoUsers.ManagerEast, east);
        var adminEast = await DashboardAsync(DemoUsers.Admin, east);
        Assert.Equal(adminEast.SalesTrend.Single().ThisYear, eastOnly.SalesTrend.Single().ThisYear);
        Assert.Equal(adminEast.Queues, eastOnly.Queues);
        Assert.Equal(adminEast.TopPartners, eastOnly.TopPartners);
        Assert.Equal(facts.Partners.Count(p => p.RegionId == east), eastOnly.PartnerCount);
        Assert.Equal(manager.SalesTrend.Single(t => t.RegionId == east).ThisYear, eastOnly.SalesTrend.Single().ThisYear);

        // A region that is not theirs: nothing.
        await Database.SignInAsync(DemoUsers.ManagerEast);
        Assert.Null(await Database.Get<ManagerDashboardService>().GetAsync(north));
        Assert.Empty((await Database.Get<PartnerHealthService>().ListAsync(new PageRequest(0, 200), north, null)).Items);
        var northPartner = facts.Partners.First(p => p.RegionId == north && p.Status == PartnerStatus.Active);
        Assert.Null(await Database.Get<PartnerHealthService>().GetAsync(northPartner.Id));
    }

    [Fact]
    public async Task In_every_region_the_growth_list_holds_only_growth_and_the_decline_list_only_decline()
    {
        var facts = await FactsAsync();
        var checkedRegions = 0;
        var shortLists = 0;
        foreach (var regionId in facts.Partners.Select(p => p.RegionId).Distinct())
        {
            var dashboard = await DashboardAsync(DemoUsers.Admin, regionId);
            Assert.All(dashboard.FastestGrowing, r => Assert.True(r.Growth > 0, $"{r.Code} at {r.Growth} is listed as growing"));
            Assert.All(dashboard.FastestDeclining, r => Assert.True(r.Growth < 0, $"{r.Code} at {r.Growth} is listed as declining"));
            if (dashboard.FastestGrowing.Count < ManagerDashboardService.RankingSize || dashboard.FastestDeclining.Count < ManagerDashboardService.RankingSize)
                shortLists++;
            checkedRegions++;
        }
        Assert.True(checkedRegions >= 2);
        // A region with fewer than five partners on one side is where a plain sorted list crossed over to the other side.
        Assert.True(shortLists > 0, "No region has a short growth or decline list; the test would not show a crossover.");
    }

    [Fact]
    public async Task Partner_staff_get_no_manager_dashboard()
    {
        await Database.SignInAsync(DemoUsers.DealerP0001);
        await Assert.ThrowsAsync<ScopeViolationException>(() => Database.Get<ManagerDashboardService>().GetAsync(null));
        await Assert.ThrowsAsync<ScopeViolationException>(() => Database.Get<PartnerHealthService>().ListAsync(new PageRequest(), null, null));
    }

    private sealed class HealthComparer : IEqualityComparer<PartnerHealthScore>
    {
        public bool Equals(PartnerHealthScore? x, PartnerHealthScore? y) =>
            x is not null && y is not null && x.Score == y.Score && x.Factors.SequenceEqual(y.Factors);

        public int GetHashCode(PartnerHealthScore obj) => obj.Score;
    }
}
