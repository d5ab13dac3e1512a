using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Web.Components.Partners;

/// <summary>What the renewal dialog edits: the renewed document's number and dates (the date pickers work in DateTime).</summary>
public sealed class DocumentRenewalForm
{
    public string? Number { get; set; }
    public DateTime? IssuedOn { get; set; }
    public DateTime? ExpiresOn { get; set; }

    public PartnerDocumentRenewalDraft ToDraft() => new((Number ?? "").Trim(), Day(IssuedOn), Day(ExpiresOn));

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
