using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Web.Components.Partners;

/// <summary>What the document dialog edits; the service checks it. The date pickers work in DateTime.</summary>
public sealed class PartnerDocumentForm
{
    public PartnerDocumentKind Kind { get; set; } = PartnerDocumentKind.BusinessLicense;
    public string? Number { get; set; }
    public DateTime? IssuedOn { get; set; }
    public DateTime? ExpiresOn { get; set; }
    public string? Note { get; set; }

    public static PartnerDocumentForm From(PartnerDocumentView document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new()
        {
            Kind = document.Kind,
            Number = document.Number,
            IssuedOn = document.IssuedOn?.ToDateTime(TimeOnly.MinValue),
            ExpiresOn = document.ExpiresOn.ToDateTime(TimeOnly.MinValue),
            Note = document.Note,
        };
    }

    public PartnerDocumentDraft ToDraft() => new(Kind, (Number ?? "").Trim(), Day(IssuedOn), Day(ExpiresOn), (Note ?? "").Trim());

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
