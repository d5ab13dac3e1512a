using Bunit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>The list of the expiring-documents page (/partners/documents): rows lead to their partner; an empty window says so.</summary>
public sealed class PartnerDocumentsPageTests : BunitTestContext
{
    private readonly List<PageRequest> _requests = [];

    private IRenderedComponent<ExpiringDocumentsGrid> RenderGrid(int days, params ExpiringDocumentRow[] rows) =>
        Render<ExpiringDocumentsGrid>(p => p
            .Add(x => x.Days, days)
            .Add(x => x.Load, (request, _) =>
            {
                _requests.Add(request);
                return Task.FromResult(new PagedResult<ExpiringDocumentRow>(rows, rows.Length));
            }));

    private static ExpiringDocumentRow Row(int partnerId, string code, int daysLeft, ExpiryState state) => new(
        partnerId * 10, partnerId, code, "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.", 1, "华东", "East China",
        PartnerDocumentKind.DealerAuthorization, $"AUTH-{code}", new DateOnly(2026, 11, 23).AddDays(daysLeft), daysLeft, state);

    [Fact]
    public void An_empty_window_names_its_days()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderGrid(30);

        cut.WaitForAssertion(() => Assert.Equal("No document expires within 30 days.", cut.Find("[data-testid=expiring-documents-empty]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=expiring-document-partner]"));
    }

    [Fact]
    public void An_empty_window_names_its_days_in_Chinese_too()
    {
        UseCulture(PortalCultures.Chinese);
        var cut = RenderGrid(7);

        cut.WaitForAssertion(() => Assert.Contains("7", cut.Find("[data-testid=expiring-documents-empty]").TextContent));
    }

    [Fact]
    public void Rows_link_to_their_partner_and_say_how_many_days_are_left()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderGrid(30, Row(1, "P0001", -5, ExpiryState.Expired), Row(4, "P0004", 12, ExpiryState.ExpiringSoon));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=expiring-document-partner]").Count));
        var links = cut.FindAll("[data-testid=expiring-document-partner]");
        Assert.Equal(["/partners/1", "/partners/4"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("P0001", links[0].TextContent);
        Assert.Equal(["Expired", "ExpiringSoon"], cut.FindAll("[data-testid=document-state]").Select(c => c.GetAttribute("data-state")));
        Assert.Equal(["Expired 5 days ago", "In 12 days"], cut.FindAll("[data-testid=expiring-document-days]").Select(d => d.TextContent.Trim()));
        Assert.Equal(0, Assert.Single(_requests).Page);
    }
}
