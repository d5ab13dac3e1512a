using Bunit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>An order line's returns on the order page: each return's number linking to it, its status, and what was asked or received.</summary>
public sealed class OrderLineReturnsTests : BunitTestContext
{
    [Fact]
    public void Each_return_of_the_line_links_to_its_page_with_its_status_and_quantity()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<OrderLineReturns>(p => p.Add(x => x.Returns,
        [
            new OrderLineReturn(11, 7, "RMA-202612-00007", ReturnStatus.Credited, 2, 1),
            new OrderLineReturn(11, 9, "RMA-202612-00009", ReturnStatus.Requested, 1, null),
        ]));

        var rows = cut.FindAll("[data-testid=line-return]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("/returns/RMA-202612-00007", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Credited · 1 received", rows[0].TextContent);
        Assert.Contains("Requested · 1 requested", rows[1].TextContent);
    }

    [Fact]
    public void A_line_without_returns_shows_a_dash()
    {
        var cut = Render<OrderLineReturns>(p => p.Add(x => x.Returns, []));

        Assert.Equal("—", cut.Markup.Trim().Replace("<span>", "").Replace("</span>", ""));
    }
}
