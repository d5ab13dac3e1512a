using Bunit;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

public sealed class PointsSummaryViewTests : BunitTestContext
{
    private static string Text(IRenderedComponent<PointsSummaryView> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void Shows_the_balance_this_years_figures_and_pending_redemptions()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<PointsSummaryView>(p => p.Add(x => x.Summary, PointsSamples.Summary(balance: 12_345)));

        Assert.Equal("12,345", Text(cut, "points-balance"));
        Assert.Equal("2,350", Text(cut, "points-earned"));
        Assert.Equal("1,150", Text(cut, "points-spent"));
        Assert.Equal("1", Text(cut, "points-pending"));
        Assert.Empty(cut.FindAll("[data-testid=points-partner]"));
    }

    [Fact]
    public void Names_the_partner_for_brand_staff()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Render<PointsSummaryView>(p => p.Add(x => x.Summary, PointsSamples.Summary()).Add(x => x.ShowPartner, true));

        Assert.Equal("P0001 · 华东家电", Text(cut, "points-partner"));
    }

    [Fact]
    public void Names_the_partner_in_English_for_an_English_reader_as_statements_do()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<PointsSummaryView>(p => p.Add(x => x.Summary, PointsSamples.Summary()).Add(x => x.ShowPartner, true));

        Assert.Equal("P0001 · East China Appliances", Text(cut, "points-partner"));
    }
}
