using Bunit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>
/// A return's page: requested, approved and received quantities per line, the credit note linked to the reader's ledger,
/// the order's invoices, photo thumbnails linking to the photo, who did what, and only the actions passed in.
/// </summary>
public sealed class ReturnDetailViewTests : BunitTestContext
{
    private IRenderedComponent<ReturnDetailView> RenderView(ReturnDetail detail, bool brandStaff = false, bool cancel = false, bool decide = false,
        bool receive = false, Action? onCancel = null) =>
        Render<ReturnDetailView>(p => p
            .Add(x => x.Return, detail)
            .Add(x => x.BrandStaff, brandStaff)
            .Add(x => x.CanCancel, cancel)
            .Add(x => x.CanDecide, decide)
            .Add(x => x.CanReceive, receive)
            .Add(x => x.OnCancel, () => onCancel?.Invoke()));

    [Fact]
    public void A_requested_return_shows_what_was_asked_its_photo_and_history_and_offers_the_dealer_cancel()
    {
        UseCulture(PortalCultures.English);
        var cancelled = 0;

        var cut = RenderView(ReturnSamples.Detail(), cancel: true, onCancel: () => cancelled++);

        Assert.Contains("Return RMA-202612-00007", cut.Find("[data-testid=return-number]").TextContent);
        Assert.Equal("Requested", cut.Find("[data-testid=return-status]").TextContent.Trim());
        Assert.All(cut.FindAll("[data-testid=line-approved]"), c => Assert.Equal("—", c.TextContent.Trim()));
        Assert.All(cut.FindAll("[data-testid=line-received]"), c => Assert.Equal("—", c.TextContent.Trim()));
        var photo = cut.Find("[data-testid=return-photo]");
        Assert.Equal("/returns/photos/901", photo.GetAttribute("href"));
        Assert.Equal("/returns/photos/901/thumbnail", photo.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("王经理", cut.Find("[data-testid=history-who]").TextContent);
        Assert.Contains("INV-202611-00012", cut.Find("[data-testid=return-invoices]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=approve-return]"));
        Assert.Empty(cut.FindAll("[data-testid=record-receipt]"));

        cut.Find("button[data-testid=cancel-return]").Click();
        Assert.Equal(1, cancelled);
    }

    [Fact]
    public void A_partly_received_return_shows_the_quantities_dispositions_and_the_credit_note_linked_to_the_dealers_ledger()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(ReturnSamples.Detail(ReturnStatus.Credited, "CN-202612-00002", 2_803.00m, received1: 1, received2: 0));

        Assert.Equal(["2", "1"], cut.FindAll("[data-testid=line-approved]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["1", "0"], cut.FindAll("[data-testid=line-received]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["¥2,803.00", "¥0.00"], cut.FindAll("[data-testid=line-credit]").Select(c => c.TextContent.Trim()));
        Assert.Contains("Restock", cut.Find("[data-testid=return-lines]").TextContent);
        var credit = cut.Find("[data-testid=return-credit-note]");
        Assert.Contains("¥2,803.00", credit.TextContent);
        Assert.Equal("/credit", credit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=cancel-return]"));
    }

    [Fact]
    public void Brand_staff_see_the_partner_their_actions_and_the_partners_ledger_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var approved = RenderView(ReturnSamples.Detail(ReturnStatus.Approved), brandStaff: true, receive: true);
        Assert.Contains("P0001 · 上海申达电器有限公司", approved.Find("[data-testid=return-summary]").TextContent);
        Assert.Equal("/returns/RMA-202612-00007/receipt", approved.Find("[data-testid=record-receipt]").GetAttribute("href"));
        Assert.Equal("已批准", approved.Find("[data-testid=return-status]").TextContent.Trim());
        Assert.Contains("/partners/1/credit", approved.Find("[data-testid=return-invoices] a").GetAttribute("href"));

        var requested = RenderView(ReturnSamples.Detail(), brandStaff: true, decide: true);
        Assert.Equal("批准", requested.Find("[data-testid=approve-return]").TextContent.Trim());
        Assert.Single(requested.FindAll("[data-testid=reject-return]"));
    }
}
