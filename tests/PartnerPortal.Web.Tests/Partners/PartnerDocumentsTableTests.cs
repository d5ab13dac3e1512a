using Bunit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Web.Components.Partners;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

/// <summary>The qualification documents of a partner: each with its state, and the buttons to keep them only for brand staff.</summary>
public sealed class PartnerDocumentsTableTests : BunitTestContext
{
    private static readonly PartnerDocumentView[] Documents =
    [
        new(1, PartnerDocumentKind.BusinessLicense, "91310000MA1FL2K83Q", new DateOnly(2016, 6, 1), new DateOnly(2036, 5, 31), "", DateTimeOffset.UnixEpoch, ExpiryState.Valid),
        new(2, PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-03", new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30), "续签中", DateTimeOffset.UnixEpoch, ExpiryState.ExpiringSoon),
        new(3, PartnerDocumentKind.QualityCertificate, "CQC-2024-0215531", null, new DateOnly(2026, 1, 31), "", DateTimeOffset.UnixEpoch, ExpiryState.Expired),
    ];

    private readonly List<string> _events = [];

    private IRenderedComponent<PartnerDocumentsTable> RenderTable(bool readOnly, params PartnerDocumentView[] documents) =>
        Render<PartnerDocumentsTable>(p => p
            .Add(x => x.Documents, documents)
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.OnAdd, () => _events.Add("add"))
            .Add(x => x.OnEdit, d => _events.Add($"edit {d.Id}"))
            .Add(x => x.OnDelete, d => _events.Add($"delete {d.Id}")));

    [Fact]
    public void Each_document_shows_its_number_dates_and_state()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderTable(readOnly: false, Documents);

        Assert.Equal(3, cut.FindAll("[data-testid=document-table] tbody tr").Count);
        Assert.Equal(["Valid", "ExpiringSoon", "Expired"], cut.FindAll("[data-testid=document-state]").Select(c => c.GetAttribute("data-state")));
        var chips = cut.FindAll("[data-testid=document-state]");
        Assert.Contains("mud-chip-color-success", chips[0].ClassName);
        Assert.Contains("mud-chip-color-warning", chips[1].ClassName);
        Assert.Contains("mud-chip-color-error", chips[2].ClassName);
        Assert.Contains("AUTH-P0001-03", cut.Markup);
        Assert.Contains("续签中", cut.Markup);
        Assert.Contains(new DateOnly(2036, 5, 31).ToString("d"), cut.Markup);
        Assert.Contains("—", cut.Markup); // the certificate's issue date is unknown
    }

    [Fact]
    public void Brand_staff_get_add_edit_and_delete()
    {
        var cut = RenderTable(readOnly: false, Documents);

        cut.Find("[data-testid=add-document]").Click();
        cut.FindAll("[data-testid=edit-document]")[1].Click();
        cut.FindAll("[data-testid=delete-document]")[2].Click();

        Assert.Equal(3, cut.FindAll("[data-testid=edit-document]").Count);
        Assert.Equal(["add", "edit 2", "delete 3"], _events);
    }

    [Fact]
    public void Read_only_shows_the_documents_without_any_button_to_change_them()
    {
        var cut = RenderTable(readOnly: true, Documents);

        Assert.Equal(3, cut.FindAll("[data-testid=document-state]").Count);
        Assert.Empty(cut.FindAll("[data-testid=add-document]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-document]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-document]"));
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void A_partner_without_documents_says_so()
    {
        var cut = RenderTable(readOnly: true);

        Assert.Single(cut.FindAll("[data-testid=no-documents]"));
        Assert.Empty(cut.FindAll("[data-testid=document-table]"));
    }
}
