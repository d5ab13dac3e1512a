using Bunit;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>The ledger grid, fed by a stand-in for PointsService.GetLedgerAsync.</summary>
public sealed class PointsLedgerGridTests : BunitTestContext
{
    private readonly List<PageRequest> _requests = [];

    private IRenderedComponent<PointsLedgerGrid> RenderLedger(int pageSize, params PointsEntryRow[] rows) =>
        Render<PointsLedgerGrid>(p => p
            .Add(x => x.PageSize, pageSize)
            .Add(x => x.Load, (request, _) =>
            {
                _requests.Add(request);
                return Task.FromResult(new PagedResult<PointsEntryRow>(rows, rows.Length));
            }));

    [Fact]
    public void Earned_points_show_a_plus_in_green_and_spent_ones_a_minus_in_red()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLedger(10,
            PointsSamples.Entry(1, PointsEntryKind.CoursePassed, 1_200, reason: "空调安装认证"),
            PointsSamples.Entry(2, PointsEntryKind.Redemption, -500, user: "李强"),
            PointsSamples.Entry(3, PointsEntryKind.ManualAward, -30, user: "", reason: "Duplicate award corrected", createdBy: "manager.east"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=entry-points]").Count));
        var points = cut.FindAll("[data-testid=entry-points]");
        Assert.Equal(["+1,200", "\u2212500", "\u221230"], points.Select(p => p.TextContent.Trim()));
        Assert.Contains("mud-success-text", points[0].ClassList);
        Assert.Contains("mud-error-text", points[1].ClassList);
        Assert.Equal("空调安装认证", cut.FindAll("[data-testid=entry-reason]")[0].TextContent.Trim());
    }

    [Fact]
    public void Names_who_earned_or_spent_and_who_entered_a_manual_award()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLedger(10,
            PointsSamples.Entry(1, PointsEntryKind.CoursePassed, 100, user: "王芳", createdBy: "王芳"),
            PointsSamples.Entry(2, PointsEntryKind.ManualAward, 50, user: "", createdBy: "manager.east"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=entry-who]").Count));
        var who = cut.FindAll("[data-testid=entry-who]").Select(w => w.TextContent.Trim()).ToList();
        Assert.Equal("王芳", who[0]);
        Assert.Contains("—", who[1]);
        Assert.Contains("by manager.east", who[1]);
    }

    [Fact]
    public void Asks_for_the_first_page_of_the_given_size()
    {
        var cut = RenderLedger(5, PointsSamples.Entry(1, PointsEntryKind.PurchaseMilestone, 100));

        cut.WaitForAssertion(() => Assert.NotEmpty(_requests));
        Assert.Equal(0, _requests[0].Page);
        Assert.Equal(5, _requests[0].PageSize);
    }

    [Fact]
    public void An_empty_ledger_says_so()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLedger(10);

        cut.WaitForAssertion(() => Assert.Equal("No points earned or spent yet.", cut.Find("[data-testid=points-ledger-empty]").TextContent.Trim()));
    }
}
