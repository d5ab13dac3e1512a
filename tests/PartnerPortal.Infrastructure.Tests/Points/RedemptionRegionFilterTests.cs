using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.ListFilterTestKit;

namespace PartnerPortal.Infrastructure.Tests.Points;

/// <summary>The redemption queue for one region and status, as the dashboards link to it.</summary>
public sealed class RedemptionRegionFilterTests
{
    private static PointsAdminService Admin(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    private static PointsService Points(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    [Fact]
    public async Task Redemptions_of_one_region_and_status_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = Admin(database, await CallerAsync(database, DemoUsers.Admin));
        var reward = (await admin.CreateRewardAsync(new RewardDraft("市场推广支持", "Co-marketing support", "", "", 100, null, true))).Value;
        foreach (var code in new[] { "P0001", "P0005", "P0009" })
            Assert.True((await admin.AwardAsync(await database.PartnerIdAsync(code), 1_000, "开业活动奖励")).Succeeded);
        var east = (await Points(database, await CallerAsync(database, DemoUsers.DealerP0001)).RedeemAsync(reward)).Value;
        var eastDecided = (await Points(database, await CallerAsync(database, DemoUsers.DealerP0001)).RedeemAsync(reward)).Value;
        var south = (await Points(database, await CallerAsync(database, "dealer.p0005@demo.partnerportal.local")).RedeemAsync(reward)).Value;
        await Points(database, await CallerAsync(database, "dealer.p0009@demo.partnerportal.local")).RedeemAsync(reward);
        Assert.True((await admin.ApproveAsync(eastDecided, null)).Succeeded);
        var eastId = await database.RegionIdAsync("EAST");
        var southId = await database.RegionIdAsync("SOUTH");
        var northId = await database.RegionIdAsync("NORTH");
        var manager = Admin(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var pendingEast = await manager.ListRedemptionsAsync(new PageRequest(), RedemptionStatus.Pending, eastId);
        var anyEast = await manager.ListRedemptionsAsync(new PageRequest(), null, eastId);
        var pendingSouth = await manager.ListRedemptionsAsync(new PageRequest(), RedemptionStatus.Pending, southId);
        var pendingNorth = await manager.ListRedemptionsAsync(new PageRequest(), RedemptionStatus.Pending, northId);
        var pendingAll = await manager.ListRedemptionsAsync(new PageRequest(), RedemptionStatus.Pending);

        Assert.Equal([east], pendingEast.Items.Select(r => r.Id));
        Assert.Equal([eastDecided, east], anyEast.Items.Select(r => r.Id).OrderDescending());
        Assert.Equal([south], pendingSouth.Items.Select(r => r.Id));
        Assert.Equal(0, pendingNorth.TotalCount); // P0009's request is outside the manager's regions
        Assert.Equal([east, south], pendingAll.Items.Select(r => r.Id).Order());
    }
}
