using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The month totals on fifteen months of demo history (<see cref="DashboardDatabase"/>, its own copy for this class):
/// the seeding kept them equal to the shipments' sums, a rebuild gives the same rows, the start-up sums them for a database
/// without them, each caller reads only the totals of its scope, and the manager's dashboard reads its months from them.
/// Each test leaves the totals as it found them.
/// </summary>
public sealed class ShipmentMonthTotalHistoryTests(DashboardDatabase fixture) : IClassFixture<DashboardDatabase>
{
    private TestDatabase Database => fixture.Database;

    [Fact]
    public async Task The_seeded_totals_are_the_shipments_summed_by_partner_and_month_and_a_rebuild_writes_the_same_rows()
    {
        var expected = await SummedFromShipmentsAsync();
        Assert.True(expected.Count > 100, "The demo history ships in many partner months.");

        Assert.Equal(expected, await TotalsAsync());

        await using (var db = await Database.CreateSystemContextAsync())
            Assert.Equal(expected.Count, await ShipmentMonthTotals.RebuildAsync(db));
        Assert.Equal(expected, await TotalsAsync());
        await using (var db = await Database.CreateSystemContextAsync())
            await ShipmentMonthTotals.RebuildAsync(db);
        Assert.Equal(expected, await TotalsAsync());
    }

    [Fact]
    public async Task Start_up_sums_the_totals_of_a_database_that_has_shipments_but_no_totals()
    {
        var expected = await SummedFromShipmentsAsync();
        await using (var db = await Database.CreateSystemContextAsync())
            await db.ShipmentMonthTotals.ExecuteDeleteAsync();
        Assert.Empty(await TotalsAsync());

        await Database.InitializeAsync();

        Assert.Equal(expected, await TotalsAsync());
    }

    [Fact]
    public async Task A_dealer_reads_only_its_partners_totals_and_a_manager_only_those_of_its_regions()
    {
        var p0001 = await Database.PartnerIdAsync("P0001");
        await Database.SignInAsync(DemoUsers.DealerP0001);
        await using (var db = await Database.CreateContextAsync())
        {
            Assert.NotEmpty(await db.ShipmentMonthTotals.ToListAsync());
            Assert.All(await db.ShipmentMonthTotals.Select(t => t.PartnerId).Distinct().ToListAsync(), id => Assert.Equal(p0001, id));
        }

        List<int> regionsOfManager;
        await using (var db = await Database.CreateSystemContextAsync())
            regionsOfManager = await db.Regions.Where(r => r.Code == "EAST" || r.Code == "SOUTH").Select(r => r.Id).ToListAsync();
        await Database.SignInAsync(DemoUsers.ManagerEast);
        await using (var db = await Database.CreateContextAsync())
        {
            var regions = await db.ShipmentMonthTotals.Select(t => t.Partner!.RegionId).Distinct().ToListAsync();
            Assert.NotEmpty(regions);
            Assert.All(regions, r => Assert.Contains(r, regionsOfManager));
            var all = await db.ShipmentMonthTotals.IgnoreQueryFilters().Select(t => t.Partner!.RegionId).Distinct().CountAsync();
            Assert.True(all > regions.Count, "Other regions have totals the manager does not read.");
        }
    }

    [Fact]
    public async Task The_managers_dashboard_reads_a_whole_months_figure_from_the_totals()
    {
        // January of last year is a whole month of every dashboard's window; 1,000,000.00 more in P0001's total of it (no
        // shipment behind it) shows in 华东's January last year.
        var admin = await Database.SignInAsync(DemoUsers.Admin);
        var east = await Database.RegionIdAsync("EAST");
        var before = await EastLastJanuaryAsync(east);
        var january = new DateOnly(DateTime.Now.Year - 1, 1, 1);
        var p0001 = await Database.PartnerIdAsync("P0001");
        try
        {
            await using (var db = await Database.CreateSystemContextAsync())
            {
                var total = await db.ShipmentMonthTotals.SingleOrDefaultAsync(t => t.PartnerId == p0001 && t.Month == january);
                if (total is null) db.ShipmentMonthTotals.Add(new ShipmentMonthTotal { PartnerId = p0001, Month = january, Amount = 1_000_000.00m, Count = 1 });
                else total.Amount += 1_000_000.00m;
                await db.SaveChangesAsync();
            }
            Database.SignInAs(admin);

            Assert.Equal(before + 1_000_000.00m, await EastLastJanuaryAsync(east));
        }
        finally
        {
            await using var db = await Database.CreateSystemContextAsync();
            await ShipmentMonthTotals.RebuildAsync(db);
        }
    }

    private async Task<decimal> EastLastJanuaryAsync(int east)
    {
        var dashboard = await Database.Get<ManagerDashboardService>().GetAsync(null) ?? throw new InvalidOperationException("No dashboard.");
        return dashboard.SalesTrend.Single(t => t.RegionId == east).LastYear[0];
    }

    /// <summary>Every shipment read and summed here, by partner and month.</summary>
    private async Task<List<(int PartnerId, DateOnly Month, decimal Amount, int Count)>> SummedFromShipmentsAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        var shipments = await db.Shipments.AsNoTracking().Select(s => new { s.PartnerId, s.ShippedOn, s.Amount }).ToListAsync();
        return shipments.GroupBy(s => (s.PartnerId, Month: new DateOnly(s.ShippedOn.Year, s.ShippedOn.Month, 1)))
            .Select(g => (g.Key.PartnerId, g.Key.Month, g.Sum(s => s.Amount), g.Count()))
            .OrderBy(t => t.PartnerId).ThenBy(t => t.Month).ToList();
    }

    private async Task<List<(int PartnerId, DateOnly Month, decimal Amount, int Count)>> TotalsAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        var rows = await db.ShipmentMonthTotals.AsNoTracking().OrderBy(t => t.PartnerId).ThenBy(t => t.Month)
            .Select(t => new { t.PartnerId, t.Month, t.Amount, t.Count }).ToListAsync();
        return rows.Select(r => (r.PartnerId, r.Month, r.Amount, r.Count)).ToList();
    }
}
