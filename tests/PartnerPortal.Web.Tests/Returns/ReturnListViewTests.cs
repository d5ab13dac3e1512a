using Bunit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Components.Returns;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>The list of returns: asks the server for one page with the status filter, says when there are none, and whose they are for brand staff.</summary>
public sealed class ReturnListViewTests : BunitTestContext
{
    private readonly List<(PageRequest Page, ReturnStatus? Status)> _asked = [];

    private IRenderedComponent<ReturnListView> RenderList(IReadOnlyList<ReturnListItem> items, bool brandStaff = false, ReturnStatus? status = null) =>
        Render<ReturnListView>(p => p
            .Add(x => x.Title, "My returns")
            .Add(x => x.BrandStaff, brandStaff)
            .Add(x => x.Status, status)
            .Add(x => x.Load, (page, s, _) =>
            {
                _asked.Add((page, s));
                return Task.FromResult(new PagedResult<ReturnListItem>(items, items.Count));
            }));

    private static ReturnListItem Item(ReturnStatus status, decimal? credit = null) => new(7, "RMA-202612-00007", "P0001", "上海申达电器有限公司",
        "SO-P0001-20261118-001", 40, status, ReturnReason.Defective, new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero), 3, credit,
        credit is null ? null : "CN-202612-00002");

    [Fact]
    public void A_dealer_without_returns_is_told_how_to_start_one()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderList([]);

        cut.WaitForAssertion(() => Assert.Contains("No returns yet.", cut.Find("[data-testid=returns-empty]").TextContent));
        Assert.Contains("open a shipped order and choose Request a return", cut.Find("[data-testid=returns-empty]").TextContent);
        var (page, status) = Assert.Single(_asked);
        Assert.Equal((0, null), (page.Page, status));
    }

    [Fact]
    public void A_filtered_list_without_returns_says_nothing_matches_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderList([], status: ReturnStatus.Credited);

        cut.WaitForAssertion(() => Assert.Contains("没有符合筛选条件的退货。", cut.Find("[data-testid=returns-empty]").TextContent));
        Assert.Equal(ReturnStatus.Credited, Assert.Single(_asked).Status);
    }

    [Fact]
    public void Brand_staff_see_the_partner_and_a_credited_returns_credit_note_and_each_row_links_to_its_return()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderList([Item(ReturnStatus.Credited, 5_606.00m)], brandStaff: true);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=return-link]")));
        var row = cut.Find("[data-testid=return-grid] tbody tr").TextContent;
        Assert.Contains("P0001 · 上海申达电器有限公司", row);
        Assert.Contains("Credited", row);
        Assert.Contains("¥5,606.00", row);
        Assert.Contains("CN-202612-00002", row);
        Assert.Equal("/returns/RMA-202612-00007", cut.Find("[data-testid=return-link]").GetAttribute("href"));
    }

    [Fact]
    public void A_dealers_list_has_no_partner_column()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderList([Item(ReturnStatus.Requested)]);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=return-link]")));
        Assert.DoesNotContain("上海申达电器有限公司", cut.Find("[data-testid=return-grid]").TextContent);
    }
}
