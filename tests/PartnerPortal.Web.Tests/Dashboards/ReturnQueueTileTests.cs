using Bunit;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The managers' work queue counts the returns waiting for a decision and opens the returns list filtered to them.</summary>
public sealed class ReturnQueueTileTests : BunitTestContext
{
    private IRenderedComponent<ManagerWorkQueues> RenderQueues(int returns, int? regionId = null) =>
        Render<ManagerWorkQueues>(p => p
            .Add(x => x.Queues, new WorkQueues(0, 0, 0, 0m, 0, 0, 0, RequestedReturns: returns))
            .Add(x => x.RegionId, regionId));

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void The_count_links_to_the_requested_returns_of_every_region_the_caller_sees(int? regionId)
    {
        UseCulture(PortalCultures.English);

        var cut = RenderQueues(4, regionId);

        var tile = cut.Find("[data-testid=queue-returns]");
        var count = tile.QuerySelector("[data-testid=queue-count]")!;
        Assert.Equal(("4", "/returns?status=Requested"), (count.TextContent.Trim(), count.GetAttribute("href")));
        Assert.Contains("Returns to decide", tile.TextContent);
        Assert.Equal("All your regions", tile.QuerySelector("[data-testid=queue-note]")!.TextContent.Trim());
    }

    [Fact]
    public void Reads_in_Chinese_and_nothing_waiting_is_all_clear()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderQueues(0);

        var tile = cut.Find("[data-testid=queue-returns]");
        Assert.Contains("待审批退货", tile.TextContent);
        Assert.Single(tile.QuerySelectorAll("[data-testid=queue-clear]"));
    }
}
