using Bunit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>The managers' list of renewals waiting for review: the document in force next to the renewal, both scans, and the decision buttons.</summary>
public sealed class PendingRenewalsGridTests : BunitTestContext
{
    private readonly List<string> _events = [];

    private static PendingRenewalRow Row(int id, string code) => new(id, id * 10, id, code, "上海恒通电器贸易有限公司", "Shanghai Hengtong", "华东", "East China",
        PartnerDocumentKind.DealerAuthorization, $"AUTH-{code}-03", new DateOnly(2026, 6, 27), ExpiryState.ExpiringSoon,
        new ScanView(id * 100, "old.png", ScanFileType.Png, 2_000, DateTimeOffset.UnixEpoch), $"AUTH-{code}-04", null, new DateOnly(2027, 6, 27),
        new ScanView(id * 100 + 1, "new.pdf", ScanFileType.Pdf, 80_000, DateTimeOffset.UnixEpoch), new DateTimeOffset(2026, 6, 13, 2, 0, 0, TimeSpan.Zero),
        "dealer@demo.partnerportal.local");

    private IRenderedComponent<PendingRenewalsGrid> RenderGrid(params PendingRenewalRow[] rows) =>
        Render<PendingRenewalsGrid>(p => p
            .Add(x => x.Load, (_, _) => Task.FromResult(new PagedResult<PendingRenewalRow>(rows, rows.Length)))
            .Add(x => x.OnAccept, r => _events.Add($"accept {r.Id}"))
            .Add(x => x.OnReject, r => _events.Add($"reject {r.Id}")));

    [Fact]
    public void Each_row_shows_the_document_in_force_and_its_renewal_with_both_scans()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderGrid(Row(1, "P0001"), Row(4, "P0004"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=renewal-number]").Count));
        Assert.Equal(["AUTH-P0001-03", "AUTH-P0004-03"], cut.FindAll("[data-testid=renewal-current]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["AUTH-P0001-04", "AUTH-P0004-04"], cut.FindAll("[data-testid=renewal-number]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["/partner-documents/scans/100", "/partner-documents/scans/400"],
            cut.FindAll("[data-testid=renewal-current-scan]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/partner-documents/scans/101", "/partner-documents/scans/401"],
            cut.FindAll("[data-testid=renewal-scan]").Select(a => a.GetAttribute("href")));
        Assert.Equal("/partners/1", cut.Find("[data-testid=renewal-partner]").GetAttribute("href"));
    }

    [Fact]
    public void Accept_and_reject_name_their_row()
    {
        var cut = RenderGrid(Row(1, "P0001"), Row(4, "P0004"));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=renewal-accept]").Count));

        cut.FindAll("[data-testid=renewal-accept]")[1].Click();
        cut.FindAll("[data-testid=renewal-reject]")[0].Click();

        Assert.Equal(["accept 4", "reject 1"], _events);
    }

    [Fact]
    public void Nothing_waiting_says_so()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderGrid();

        cut.WaitForAssertion(() => Assert.Equal("No renewal is waiting for review.", cut.Find("[data-testid=pending-renewals-empty]").TextContent.Trim()));
    }
}
