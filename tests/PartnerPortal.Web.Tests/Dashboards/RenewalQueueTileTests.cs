using Bunit;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The managers' work queue counts the document renewals waiting in their regions and opens the list of them.</summary>
public sealed class RenewalQueueTileTests : BunitTestContext
{
    private IRenderedComponent<ManagerWorkQueues> RenderQueues(int renewals, int? regionId = null) =>
        Render<ManagerWorkQueues>(p => p
            .Add(x => x.Queues, new WorkQueues(0, 0, 0, 0m, 0, 0, 0, PendingRenewals: renewals))
            .Add(x => x.RegionId, regionId));

    [Theory]
    [InlineData(null, "/partners/documents/renewals")]
    [InlineData(2, "/partners/documents/renewals?regionId=2")]
    public void The_count_links_to_the_renewals_of_the_region_shown(int? regionId, string href)
    {
        UseCulture(PortalCultures.English);

        var cut = RenderQueues(3, regionId);

        var count = cut.Find("[data-testid=queue-renewals] [data-testid=queue-count]");
        Assert.Equal(("3", href), (count.TextContent.Trim(), count.GetAttribute("href")));
        Assert.Contains("Document renewals to review", cut.Find("[data-testid=queue-renewals]").TextContent);
    }

    [Fact]
    public void Nothing_waiting_is_all_clear()
    {
        var cut = RenderQueues(0);

        Assert.Single(cut.FindAll("[data-testid=queue-renewals] [data-testid=queue-clear]"));
    }
}
