using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The refusal of an overlapping policy explains that stackable pays twice and offers to leave the shared products out of either policy.</summary>
public sealed class RebateOverlapPanelTests : BunitTestContext
{
    private static readonly RebateOption AirConditioners = new(10, "AC", "空调", "Air conditioners");

    private int _here;
    private int _there;

    private static RebateOverlap Overlap(RebateOverlapRemedy here, RebateOverlapRemedy there) =>
        new(3, "RB-0001", 1, "全品类季度返利", RebatePolicyStatus.Active, 12, 40, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), here, there);

    private IRenderedComponent<RebateOverlapPanel> RenderPanel(RebateOverlap overlap) =>
        Render<RebateOverlapPanel>(p => p
            .Add(x => x.Overlap, overlap)
            .Add(x => x.EditHref, "/rebates/policies/9/edit")
            .Add(x => x.OnExcludeHere, () => _here++)
            .Add(x => x.OnExcludeThere, () => _there++));

    [Fact]
    public void Explains_the_overlap_and_that_stackable_pays_twice_on_the_same_units()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPanel(Overlap(RebateOverlapRemedy.Refused(new Problem(ProblemCodes.OverlapAllProducts, null, "RB-0001")),
            new RebateOverlapRemedy([AirConditioners], [], "2026-Q4", null)));

        Assert.Contains("RB-0001 v1 already pays on these purchases", cut.Markup);
        Assert.Equal("\"全品类季度返利\" pays a rebate to 12 of the same partners on 40 of the same products from 2026-10-01 to 2026-12-31.",
            cut.Find("[data-testid=overlap-extent]").TextContent.Trim());
        var stackable = cut.Find("[data-testid=overlap-stackable]").TextContent;
        Assert.Contains("pays both rebates on the same units", stackable);
        Assert.Contains("this policy's rate and RB-0001's rate", stackable);
        Assert.Equal("/rebates/policies/9/edit", cut.Find("[data-testid=overlap-edit]").GetAttribute("href"));
    }

    [Fact]
    public void Offers_a_revision_of_the_other_policy_from_the_period_both_pay_in()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPanel(Overlap(RebateOverlapRemedy.Refused(new Problem(ProblemCodes.OverlapAllProducts, null, "RB-0001")),
            new RebateOverlapRemedy([AirConditioners], [], "2026-Q4", null)));

        Assert.Equal("A draft revision of RB-0001 from 2026-Q4 on, without Air conditioners. Check and activate it, then activate this draft; periods of RB-0001 before 2026-Q4 stay as they are.",
            cut.Find("[data-testid=overlap-there-what]").TextContent.Trim());
        Assert.Equal("RB-0001 pays on every product: leaving its products out would leave nothing to pay on.",
            cut.Find("[data-testid=overlap-here-closed]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=overlap-exclude-here]"));

        cut.Find("[data-testid=overlap-exclude-there]").Click();
        Assert.Equal((0, 1), (_here, _there));
    }

    [Fact]
    public void Offers_to_leave_them_out_of_the_draft_and_says_why_the_other_cannot_be_revised()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderPanel(Overlap(new RebateOverlapRemedy([AirConditioners], [new RebateOption(40, "AC-2001", "柜机", "Floor unit")], null, null),
            RebateOverlapRemedy.Refused(new Problem(ProblemCodes.RevisionInSettledPeriod, null, "2026-Q3", "2026-Q4"))));

        Assert.Equal("本草稿将不再对任何合作伙伴就以下产品返利：空调, AC-2001 · 柜机。", cut.Find("[data-testid=overlap-here-what]").TextContent.Trim());
        Assert.Equal("2026-Q3 已结算；修订最早可从 2026-Q4 开始。", cut.Find("[data-testid=overlap-there-closed]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=overlap-exclude-there]"));

        cut.Find("[data-testid=overlap-exclude-here]").Click();
        Assert.Equal((1, 0), (_here, _there));
    }

    [Fact]
    public void A_policy_the_manager_cannot_revise_is_named()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderPanel(Overlap(new RebateOverlapRemedy([AirConditioners], [], null, null),
            RebateOverlapRemedy.Refused(new Problem(ProblemCodes.NotManageable, null, "RB-0001"))));

        Assert.Equal("Only someone who manages every region of RB-0001 can revise it.", cut.Find("[data-testid=overlap-there-closed]").TextContent.Trim());
    }
}
