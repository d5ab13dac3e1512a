using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>The order list's region filter (the dashboards link to it per region), in the list and in its Excel export.</summary>
public sealed class OrderRegionFilterTests
{
    private static async Task SubmitAsync(TestDatabase database, string partnerCode, string key)
    {
        var ac = await ProductAsync(database, "AC-1001");
        var dealer = await DealerOfAsync(database, partnerCode);
        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest(key, [new RequestedLine(ac.Id, 2)]));
        Assert.NotNull(result.OrderId);
    }

    [Fact]
    public async Task Orders_filtered_by_region_are_the_orders_of_its_partners()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SubmitAsync(database, "P0001", "r-1");
        await SubmitAsync(database, "P0001", "r-2");
        await SubmitAsync(database, "P0005", "r-3");
        await SubmitAsync(database, "P0009", "r-4");
        var east = await database.RegionIdAsync("EAST");
        await using (var db = await database.CreateSystemContextAsync())
        {
            var expected = await db.Orders.Where(o => o.Partner!.RegionId == east).OrderBy(o => o.Id).Select(o => o.Number).ToListAsync();
            Assert.Equal(2, expected.Count);

            await database.SignInAsync(DemoUsers.Admin);
            var listed = await database.Get<OrderQueryService>().ListAsync(new PageRequest(), new OrderFilter(RegionId: east));

            Assert.Equal(expected.Count, listed.TotalCount);
            Assert.Equal(expected, listed.Items.Select(o => o.Number).Order());
        }
    }

    [Fact]
    public async Task The_export_holds_the_same_orders_as_the_list_for_a_region_and_status()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SubmitAsync(database, "P0001", "x-1");
        await SubmitAsync(database, "P0005", "x-2");
        var south = await database.RegionIdAsync("SOUTH");
        await database.SignInAsync(DemoUsers.Admin);
        var filter = new OrderFilter(Status: OrderStatus.Approved, RegionId: south);

        var listed = await database.Get<OrderQueryService>().ListAsync(new PageRequest(), filter);
        var exported = new List<string>();
        await foreach (var row in database.Get<OrderExportService>().RowsAsync(filter, null)) exported.Add(row.PartnerCode);

        Assert.Equal(["P0005"], listed.Items.Select(o => o.PartnerCode));
        Assert.Equal(["P0005"], exported);
    }

    [Fact]
    public async Task A_region_outside_the_managers_scope_lists_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SubmitAsync(database, "P0009", "n-1");
        var north = await database.RegionIdAsync("NORTH");

        await database.SignInAsync(DemoUsers.ManagerEast);
        var listed = await database.Get<OrderQueryService>().ListAsync(new PageRequest(), new OrderFilter(RegionId: north));

        Assert.Equal(0, listed.TotalCount);
        Assert.Empty(listed.Items);
    }
}
