using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>The managers' work queue counts the returns waiting for a decision in the regions they see, until decided.</summary>
public sealed class ReturnQueueTests
{
    private static async Task<int> QueueAsync(TestDatabase database, string email, int? regionId = null)
    {
        await database.SignInAsync(email);
        return (await database.Get<ManagerDashboardService>().GetAsync(regionId))!.Queues.RequestedReturns;
    }

    [Fact]
    public async Task A_requested_return_is_counted_for_its_regions_manager_and_the_admin_until_it_is_approved()
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.Equal(0, await QueueAsync(database, DemoUsers.ManagerEast));

        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var requested = await Requests(database, await CallerAsync(database, DemoUsers.DealerP0001)).RequestAsync(Form(orderId, (acLine, 1)));
        Assert.True(requested.Succeeded);

        Assert.Equal(1, await QueueAsync(database, DemoUsers.ManagerEast));
        Assert.Equal(1, await QueueAsync(database, DemoUsers.Admin));
        Assert.Equal(0, await QueueAsync(database, DemoUsers.ManagerNorth)); // P0001 is not in its regions

        Assert.True((await Decisions(database, await CallerAsync(database, DemoUsers.ManagerEast)).ApproveAsync(requested.Value)).Succeeded);
        Assert.Equal(0, await QueueAsync(database, DemoUsers.ManagerEast));
    }
}
