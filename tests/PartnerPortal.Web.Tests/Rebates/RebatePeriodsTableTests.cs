using Bunit;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class RebatePeriodsTableTests : BunitTestContext
{
    private static readonly RebatePeriodSummary[] Periods =
    [
        RebatePolicyDetails.Period(1, closed: true, settled: 3),  // settled
        RebatePolicyDetails.Period(2, closed: true),              // to settle
        RebatePolicyDetails.Period(3, closed: true, partners: 0, earning: 0, accrued: 0m), // nobody bought
        RebatePolicyDetails.Period(4, closed: false),             // still running
    ];

    private readonly List<RebatePeriodSummary> _settled = [];

    private IRenderedComponent<RebatePeriodsTable> RenderTable(bool canAct, bool busy = false) =>
        Render<RebatePeriodsTable>(p => p
            .Add(x => x.Periods, Periods)
            .Add(x => x.CanAct, canAct)
            .Add(x => x.Busy, busy)
            .Add(x => x.OnSettle, period => _settled.Add(period)));

    private static string RowOf(IRenderedComponent<RebatePeriodsTable> cut, int index) => cut.FindAll("[data-testid=policy-periods] tbody tr")[index].InnerHtml;

    [Fact]
    public void Offers_to_settle_only_a_closed_period_not_yet_settled()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderTable(canAct: true);

        Assert.DoesNotContain("period-settle", RowOf(cut, 0));
        Assert.Contains("period-settle", RowOf(cut, 1));
        Assert.DoesNotContain("period-settle", RowOf(cut, 2));
        Assert.DoesNotContain("period-settle", RowOf(cut, 3));

        cut.Find("[data-testid=period-settle]").Click();
        Assert.Equal("2026-Q2", Assert.Single(_settled).Label);
    }

    [Fact]
    public void Shows_the_sums_of_each_period()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderTable(canAct: true);

        var row = cut.FindAll("[data-testid=policy-periods] tbody tr")[1].TextContent;
        Assert.Contains("2026-Q2", row);
        Assert.Contains("¥12,345.60", row);
        Assert.Contains("0 of 3", row);
    }

    [Fact]
    public void A_reader_who_cannot_manage_gets_no_actions()
    {
        var cut = RenderTable(canAct: false);

        Assert.Empty(cut.FindAll("[data-testid=period-settle]"));
        Assert.Empty(cut.FindAll("[data-testid=period-recalculate]"));
    }

    [Fact]
    public void The_actions_are_disabled_while_another_runs()
    {
        var cut = RenderTable(canAct: true, busy: true);

        Assert.All(cut.FindAll("[data-testid=period-settle], [data-testid=period-recalculate]"), b => Assert.True(b.HasAttribute("disabled")));
    }
}
