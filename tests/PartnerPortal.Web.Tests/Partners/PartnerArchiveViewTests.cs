using Bunit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>
/// The archive in the documents table: each scan a link to the scan endpoint, a renewal waiting or rejected under its
/// document, and the buttons each reader gets (a dealer renews, brand staff attach scans, a trainee only reads).
/// </summary>
public sealed class PartnerArchiveViewTests : BunitTestContext
{
    private static readonly DateTimeOffset Sent = new(2026, 6, 13, 10, 0, 0, TimeSpan.FromHours(8));

    private static ScanView Scan(int id, ScanFileType type = ScanFileType.Png, long size = 48_000) =>
        new(id, type == ScanFileType.Pdf ? "营业执照.pdf" : "授权书.png", type, size, Sent);

    private static RenewalView Renewal(RenewalStatus status, string reason = "") =>
        new(5, 2, status, "AUTH-P0001-04", new DateOnly(2026, 6, 10), new DateOnly(2027, 6, 27), Scan(41), Sent, "dealer@demo.partnerportal.local",
            status == RenewalStatus.Pending ? null : Sent.AddDays(1), status == RenewalStatus.Pending ? null : "manager.east@demo.partnerportal.local", reason);

    private static readonly PartnerDocumentView[] Documents =
    [
        new(1, PartnerDocumentKind.BusinessLicense, "91310000MA1FL2K83Q", null, new DateOnly(2036, 5, 31), "", Sent, ExpiryState.Valid,
            Scan(40, ScanFileType.Pdf, 1_536_000)),
        new(2, PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-03", null, new DateOnly(2026, 6, 27), "", Sent, ExpiryState.ExpiringSoon,
            null, Renewal(RenewalStatus.Pending)),
        new(3, PartnerDocumentKind.QualityCertificate, "CQC-2024-0215531", null, new DateOnly(2026, 1, 31), "", Sent, ExpiryState.Expired,
            null, Renewal(RenewalStatus.Rejected, "扫描件不清晰")),
    ];

    private readonly List<string> _events = [];

    private IRenderedComponent<PartnerDocumentsTable> RenderTable(bool readOnly, bool canRenew) =>
        Render<PartnerDocumentsTable>(p => p
            .Add(x => x.Documents, Documents)
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.CanRenew, canRenew)
            .Add(x => x.OnRenew, d => _events.Add($"renew {d.Id}"))
            .Add(x => x.OnAttachScan, d => _events.Add($"attach {d.Id}"))
            .Add(x => x.OnHistory, d => _events.Add($"history {d.Id}")));

    [Fact]
    public void A_scan_links_to_the_scan_endpoint_in_a_new_tab_and_a_document_without_one_says_so()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderTable(readOnly: true, canRenew: false);

        var link = cut.Find("[data-testid=document-scan]");
        Assert.Equal(("/partner-documents/scans/40", "_blank"), (link.GetAttribute("href"), link.GetAttribute("target")));
        Assert.Contains("1.5 MB", link.TextContent);
        Assert.Equal("营业执照.pdf", link.GetAttribute("title"));
        Assert.Equal(2, cut.FindAll("[data-testid=document-no-scan]").Count);
    }

    [Fact]
    public void A_waiting_renewal_and_a_rejected_one_with_its_reason_are_shown_under_their_documents()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderTable(readOnly: true, canRenew: false);

        Assert.Equal($"Renewal AUTH-P0001-04 (valid until {new DateOnly(2027, 6, 27):d}) is waiting for review.",
            cut.Find("[data-testid=document-renewal-pending]").TextContent.Trim());
        Assert.Equal("Renewal AUTH-P0001-04 was rejected: 扫描件不清晰", cut.Find("[data-testid=document-renewal-rejected]").TextContent.Trim());
    }

    [Fact]
    public void A_dealer_renews_each_document_but_not_one_whose_renewal_waits_and_changes_nothing_else()
    {
        var cut = RenderTable(readOnly: true, canRenew: true);

        var renew = cut.FindAll("button[data-testid=renew-document]");
        Assert.Equal([false, true, false], renew.Select(b => b.HasAttribute("disabled")));
        renew[2].Click();
        cut.FindAll("[data-testid=document-history-button]")[0].Click();

        Assert.Equal(["renew 3", "history 1"], _events);
        Assert.Empty(cut.FindAll("[data-testid=attach-scan]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-document]"));
        Assert.Empty(cut.FindAll("[data-testid=add-document]"));
    }

    [Fact]
    public void Brand_staff_attach_scans_and_send_no_renewals()
    {
        var cut = RenderTable(readOnly: false, canRenew: false);

        cut.FindAll("[data-testid=attach-scan]")[1].Click();

        Assert.Equal(["attach 2"], _events);
        Assert.Empty(cut.FindAll("[data-testid=renew-document]"));
    }

    [Fact]
    public void The_table_reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);
        var cut = RenderTable(readOnly: true, canRenew: true);

        Assert.Contains("扫描件", cut.Find("[data-testid=document-table] thead").TextContent);
        Assert.Contains("AUTH-P0001-04", cut.Find("[data-testid=document-renewal-pending]").TextContent);
        Assert.DoesNotContain("waiting", cut.Find("[data-testid=document-renewal-pending]").TextContent);
    }

    [Fact]
    public void The_history_shows_each_decision_and_what_an_accepted_renewal_replaced()
    {
        UseCulture(PortalCultures.English);
        RenewalView[] history =
        [
            Renewal(RenewalStatus.Accepted) with { PreviousNumber = "AUTH-P0001-03", PreviousExpiresOn = new DateOnly(2026, 6, 27), PreviousScan = Scan(39) },
            Renewal(RenewalStatus.Rejected, "扫描件不清晰") with { Id = 4 },
        ];

        var cut = Render<DocumentHistoryView>(p => p.Add(x => x.Renewals, history));

        Assert.Equal(["Accepted", "Rejected"], cut.FindAll("[data-testid=history-entry]").Select(e => e.GetAttribute("data-status")));
        Assert.Contains("Replaced AUTH-P0001-03", cut.Find("[data-testid=history-replaced]").TextContent);
        Assert.Equal("/partner-documents/scans/39", cut.Find("[data-testid=history-previous-scan]").GetAttribute("href"));
        Assert.Equal("Reason: 扫描件不清晰", cut.Find("[data-testid=history-reason]").TextContent.Trim());
    }
}
