using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The shipped amounts of the manager's dashboard and the health score, summed month by month in the database, against
/// hand-added figures of <see cref="ShippedByMonthDatabase"/> (today 15 March 2026): each shipment in its own month, today
/// in, tomorrow out, last year compared up to the same day, for every scope.
/// </summary>
public sealed class ShippedByMonthTests(ShippedByMonthDatabase fixture) : IClassFixture<ShippedByMonthDatabase>
{
    private TestDatabase Database => fixture.Database;

    private static decimal[] Months(params (int Month, decimal Amount)[] amounts) =>
        Enumerable.Range(1, 12).Select(m => amounts.Where(a => a.Month == m).Sum(a => a.Amount)).ToArray();

    // 华东 (A): January 100.10 on the 31st, February 200.20 on the 1st, March 50.05 today (999.99 tomorrow is not counted);
    // last year February 10.00 and March 30.00 + 40.00, of which 10.00 + 30.00 up to the same day.
    private static readonly decimal[] EastThisYear = Months((1, 100.10m), (2, 200.20m), (3, 50.05m));
    private static readonly decimal[] EastLastYear = Months((2, 10.00m), (3, 70.00m));
    private static readonly decimal[] SouthThisYear = Months((2, 1000.00m));
    private static readonly decimal[] SouthLastYear = Months((12, 300.00m));
    private static readonly decimal[] NorthThisYear = Months((1, 77.77m));

    // Health: the last three full months (December to February) against the same months a year before, and the months
    // with purchases of the last six full months (September to February).
    private static readonly PartnerHealthInput HealthA = new(300.30m, 17.00m, 2, 0m, 0m, 0, 0, 0, 0);
    private static readonly PartnerHealthInput HealthB = new(1300.00m, 0m, 2, 0m, 0m, 0, 0, 0, 0);
    private static readonly PartnerHealthInput HealthC = new(77.77m, 0m, 1, 0m, 0m, 0, 0, 0, 0);

    private async Task<ManagerDashboard> DashboardAsync(Infrastructure.Access.CurrentUser user, int? regionId = null)
    {
        Database.SignInAs(user);
        return await Database.Get<ManagerDashboardService>().GetAsync(regionId) ?? throw new InvalidOperationException("No dashboard.");
    }

    private async Task<Dictionary<int, PartnerHealthInput>> HealthInputsAsync(Infrastructure.Access.CurrentUser user, int? regionId = null)
    {
        Database.SignInAs(user);
        var rows = await Database.Get<PartnerHealthService>().ListAsync(new PageRequest(0, 100), regionId, null);
        return rows.Items.ToDictionary(r => r.PartnerId, r => r.Input);
    }

    [Fact]
    public async Task Admin_sees_each_regions_months_this_year_and_last_and_last_year_up_to_the_same_day()
    {
        var dashboard = await DashboardAsync(fixture.Admin);
        var trend = dashboard.SalesTrend.ToDictionary(t => t.RegionId);

        Assert.Equal(3, dashboard.PartnerCount);
        Assert.Equal(EastThisYear, trend[fixture.Regions["A"]].ThisYear);
        Assert.Equal(EastLastYear, trend[fixture.Regions["A"]].LastYear);
        Assert.Equal(40.00m, trend[fixture.Regions["A"]].LastYearToDate);
        Assert.Equal(SouthThisYear, trend[fixture.Regions["B"]].ThisYear);
        Assert.Equal(SouthLastYear, trend[fixture.Regions["B"]].LastYear);
        Assert.Equal(0m, trend[fixture.Regions["B"]].LastYearToDate);
        Assert.Equal(NorthThisYear, trend[fixture.Regions["C"]].ThisYear);
        Assert.Equal(new decimal[12], trend[fixture.Regions["C"]].LastYear);
        Assert.Equal(
            [(fixture.Partners["B"], 1000.00m, 0m), (fixture.Partners["A"], 350.35m, 40.00m), (fixture.Partners["C"], 77.77m, 0m)],
            dashboard.TopPartners.Select(r => (r.PartnerId, r.ShippedThisYear, r.ShippedLastYear)));
        Assert.Equal((300.30m - 17.00m) / 17.00m, dashboard.TopPartners.Single(r => r.PartnerId == fixture.Partners["A"]).Growth);
    }

    [Fact]
    public async Task Admin_filtered_to_one_region_sees_that_regions_figures_alone()
    {
        var dashboard = await DashboardAsync(fixture.Admin, fixture.Regions["B"]);

        Assert.Equal(1, dashboard.PartnerCount);
        var south = Assert.Single(dashboard.SalesTrend);
        Assert.Equal((fixture.Regions["B"], 0m), (south.RegionId, south.LastYearToDate));
        Assert.Equal(SouthThisYear, south.ThisYear);
        Assert.Equal(SouthLastYear, south.LastYear);
        Assert.Equal([(fixture.Partners["B"], 1000.00m, 0m)], dashboard.TopPartners.Select(r => (r.PartnerId, r.ShippedThisYear, r.ShippedLastYear)));

        var east = Assert.Single((await DashboardAsync(fixture.Admin, fixture.Regions["A"])).SalesTrend);
        Assert.Equal(EastThisYear, east.ThisYear);
        Assert.Equal(EastLastYear, east.LastYear);
        Assert.Equal(40.00m, east.LastYearToDate);
    }

    [Fact]
    public async Task A_manager_of_two_regions_sees_both_regions_figures_and_nothing_of_the_third()
    {
        var dashboard = await DashboardAsync(fixture.Manager);
        var trend = dashboard.SalesTrend.ToDictionary(t => t.RegionId);

        Assert.Equal(2, dashboard.PartnerCount);
        Assert.Equal([fixture.Regions["A"], fixture.Regions["B"]], trend.Keys.Order());
        Assert.Equal(EastThisYear, trend[fixture.Regions["A"]].ThisYear);
        Assert.Equal(EastLastYear, trend[fixture.Regions["A"]].LastYear);
        Assert.Equal(40.00m, trend[fixture.Regions["A"]].LastYearToDate);
        Assert.Equal(SouthThisYear, trend[fixture.Regions["B"]].ThisYear);
        Assert.Equal(SouthLastYear, trend[fixture.Regions["B"]].LastYear);
        Assert.Equal([(fixture.Partners["B"], 1000.00m), (fixture.Partners["A"], 350.35m)],
            dashboard.TopPartners.Select(r => (r.PartnerId, r.ShippedThisYear)));
        Assert.Null(await Database.Get<ManagerDashboardService>().GetAsync(fixture.Regions["C"]));

        var east = Assert.Single((await DashboardAsync(fixture.Manager, fixture.Regions["A"])).SalesTrend);
        Assert.Equal(EastThisYear, east.ThisYear);
    }

    [Fact]
    public async Task Health_inputs_add_up_the_full_months_of_each_window_in_every_scope()
    {
        Assert.Equal(new Dictionary<int, PartnerHealthInput>
        {
            [fixture.Partners["A"]] = HealthA, [fixture.Partners["B"]] = HealthB, [fixture.Partners["C"]] = HealthC,
        }, await HealthInputsAsync(fixture.Admin));
        Assert.Equal(new Dictionary<int, PartnerHealthInput> { [fixture.Partners["B"]] = HealthB },
            await HealthInputsAsync(fixture.Admin, fixture.Regions["B"]));
        Assert.Equal(new Dictionary<int, PartnerHealthInput> { [fixture.Partners["A"]] = HealthA, [fixture.Partners["B"]] = HealthB },
            await HealthInputsAsync(fixture.Manager));

        Database.SignInAs(fixture.Admin);
        Assert.Equal(HealthA, (await Database.Get<PartnerHealthService>().GetAsync(fixture.Partners["A"]))!.Input);
    }
}
