using Bunit;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

public sealed class ListTotalsTests : BunitTestContext
{
    private IRenderedComponent<ListTotals> RenderTotals(int count, decimal amount) => Render<ListTotals>(p => p
        .Add(x => x.Count, count).Add(x => x.CountText, $"Shipments: {count}").Add(x => x.AmountLabel, "Shipped amount")
        .Add(x => x.Amount, amount).Add(x => x.CountTestId, "c").Add(x => x.AmountTestId, "a"));

    [Fact]
    public void Shows_the_count_and_the_amount_in_yuan()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderTotals(82, 2_741_312.92m);

        Assert.Equal("Shipments: 82", cut.Find("[data-testid=c]").TextContent.Trim());
        Assert.Equal("¥2,741,312.92", cut.Find("[data-testid=a]").TextContent.Trim());
        Assert.Contains("Shipped amount", cut.Markup);
    }

    [Fact]
    public void An_empty_list_shows_no_totals_line()
    {
        var cut = RenderTotals(0, 0m);

        Assert.Empty(cut.FindAll("[data-testid=list-totals]"));
    }
}
