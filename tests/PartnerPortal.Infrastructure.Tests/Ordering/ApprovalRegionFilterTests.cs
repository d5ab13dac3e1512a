using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.ListFilterTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>The approval queue for one region, as the dashboards link to it; the filter never widens the caller's scope.</summary>
public sealed class ApprovalRegionFilterTests
{
    [Fact]
    public async Task Pending_orders_of_one_region_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await AddOrderAsync(database, "P0002", OrderStatus.PendingApproval, daysAgo: 2);
        var south = await AddOrderAsync(database, "P0006", OrderStatus.PendingApproval, daysAgo: 1);
        await AddOrderAsync(database, "P0010", OrderStatus.PendingApproval, daysAgo: 1);
        var eastId = await database.RegionIdAsync("EAST");
        var southId = await database.RegionIdAsync("SOUTH");
        var northId = await database.RegionIdAsync("NORTH");
        var manager = Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var all = await manager.ListPendingAsync(new PageRequest());
        var inEast = await manager.ListPendingAsync(new PageRequest(), eastId);
        var inSouth = await manager.ListPendingAsync(new PageRequest(), southId);
        var inNorth = await manager.ListPendingAsync(new PageRequest(), northId);

        Assert.Equal([east, south], all.Items.Select(i => i.OrderId));
        Assert.Equal([east], inEast.Items.Select(i => i.OrderId));
        Assert.Equal(1, inEast.TotalCount);
        Assert.Equal([south], inSouth.Items.Select(i => i.OrderId));
        Assert.Equal(1, inSouth.TotalCount);
        Assert.Equal(0, inNorth.TotalCount);
    }
}
