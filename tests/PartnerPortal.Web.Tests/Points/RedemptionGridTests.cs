using Bunit;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>The redemptions grid as a dealer sees their own and as a manager sees the queue.</summary>
public sealed class RedemptionGridTests : BunitTestContext
{
    private readonly List<RedemptionRow> _approved = [];
    private readonly List<RedemptionRow> _rejected = [];

    private IRenderedComponent<RedemptionGrid> RenderGrid(bool manager, params RedemptionRow[] rows) =>
        Render<RedemptionGrid>(p => p
            .Add(x => x.Load, (_, _) => Task.FromResult(new PagedResult<RedemptionRow>(rows, rows.Length)))
            .Add(x => x.ShowPartner, manager)
            .Add(x => x.CanDecide, manager)
            .Add(x => x.OnApprove, r => _approved.Add(r))
            .Add(x => x.OnReject, r => _rejected.Add(r)));

    [Fact]
    public void A_dealer_sees_the_reward_points_and_status_but_no_partner_and_no_actions()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderGrid(false, PointsSamples.Redemption(1, RedemptionStatus.Pending));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=redemption-reward]")));
        Assert.Equal("Priority supply for one month", cut.Find("[data-testid=redemption-reward]").TextContent.Trim());
        Assert.Equal("500", cut.Find("[data-testid=redemption-points]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=redemption-partner]"));
        Assert.Empty(cut.FindAll("[data-testid=approve-redemption]"));
        Assert.Contains("by 李强", cut.Find("[data-testid=redemptions] tbody").TextContent);
    }

    [Fact]
    public void A_manager_decides_pending_ones_only_and_sees_who_decided_the_others()
    {
        UseCulture(PortalCultures.English);
        var pending = PointsSamples.Redemption(1, RedemptionStatus.Pending);
        var rejected = PointsSamples.Redemption(2, RedemptionStatus.Rejected, decidedBy: "manager.east", note: "Stock reserved for Q3");

        var cut = RenderGrid(true, pending, rejected);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=redemption-partner]").Count));
        Assert.Equal("P0001 · East China Appliances", cut.Find("[data-testid=redemption-partner]").TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=approve-redemption]"));
        Assert.Single(cut.FindAll("[data-testid=reject-redemption]"));
        Assert.Contains("by manager.east", cut.Find("[data-testid=redemption-decided]").TextContent);
        Assert.Equal("Stock reserved for Q3", cut.Find("[data-testid=redemption-note]").TextContent.Trim());

        cut.Find("[data-testid=approve-redemption]").Click();
        cut.Find("[data-testid=reject-redemption]").Click();

        Assert.Equal(pending, Assert.Single(_approved));
        Assert.Equal(pending, Assert.Single(_rejected));
    }

    [Fact]
    public void Says_so_when_there_are_none()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<RedemptionGrid>(p => p
            .Add(x => x.Load, (_, _) => Task.FromResult(new PagedResult<RedemptionRow>([], 0)))
            .Add(x => x.Empty, "Nothing waiting."));

        cut.WaitForAssertion(() => Assert.Equal("Nothing waiting.", cut.Find("[data-testid=redemptions-empty]").TextContent.Trim()));
    }
}
