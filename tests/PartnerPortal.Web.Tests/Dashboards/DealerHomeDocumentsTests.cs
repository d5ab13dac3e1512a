using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The dealer's home warns of documents expired or expiring within 30 days, each leading to where its renewal is sent.</summary>
public sealed class DealerHomeDocumentsTests : BunitTestContext
{
    private static readonly DocumentDue[] Due =
    [
        new(3, PartnerDocumentKind.QualityCertificate, "CQC-2024-0215531", new DateOnly(2026, 5, 15), -5, ExpiryState.Expired, RenewalPending: false),
        new(2, PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-03", new DateOnly(2026, 6, 1), 12, ExpiryState.ExpiringSoon, RenewalPending: true),
    ];

    private IRenderedComponent<DealerDashboardView> RenderHome(IReadOnlyList<DocumentDue>? due) =>
        Render<DealerDashboardView>(p => p
            .Add(x => x.Dashboard, DealerDashboardSamples.Busy() with { DocumentsDue = due })
            .Add(x => x.Today, DealerDashboardSamples.Today)
            .Add(x => x.AddToCart, (_, _) => Task.FromResult(Outcome.Success)));

    [Fact]
    public void Each_document_due_is_named_with_its_days_and_links_to_the_company_page_unless_its_renewal_waits()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderHome(Due);

        var items = cut.FindAll("[data-testid=dealer-document]");
        Assert.Equal(["Expired", "ExpiringSoon"], items.Select(i => i.GetAttribute("data-state")));
        Assert.Contains("CQC-2024-0215531 · Expired 5 days ago", items[0].TextContent);
        Assert.Contains("AUTH-P0001-03 · In 12 days", items[1].TextContent);
        Assert.Equal("/my-partner#documents", Assert.Single(cut.FindAll("[data-testid=dealer-document-renew]")).GetAttribute("href"));
        Assert.Contains("renewal waiting for review", cut.Find("[data-testid=dealer-document-pending]").TextContent);
        // An expired document makes the warning an error.
        Assert.Contains("mud-alert-text-error", cut.Find("[data-testid=dealer-documents]").ClassName);
    }

    [Fact]
    public void Only_expiring_documents_warn_without_alarm()
    {
        var cut = RenderHome([Due[1]]);

        Assert.Contains("mud-alert-text-warning", cut.Find("[data-testid=dealer-documents]").ClassName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Documents_in_order_give_no_warning(bool listed)
    {
        var cut = RenderHome(listed ? [] : null);

        Assert.Empty(cut.FindAll("[data-testid=dealer-documents]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=dealer-dashboard]"));
    }

    [Fact]
    public void The_warning_reads_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderHome(Due);

        Assert.DoesNotContain("renewal", cut.Find("[data-testid=dealer-documents]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("AUTH-P0001-03", cut.Find("[data-testid=dealer-documents]").TextContent);
    }
}
