using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Partners;

/// <summary>A qualification document of a partner (business license, the brand's authorization …) and when it expires.</summary>
public sealed class PartnerDocument : IPartnerOwned, IAudited
{
    public const int NumberMaxLength = 50;
    public const int NoteMaxLength = 200;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public PartnerDocumentKind Kind { get; set; }
    /// <summary>The number printed on the document, e.g. the unified social credit code of a business license.</summary>
    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    /// <summary>The last day the document is valid.</summary>
    public DateOnly ExpiresOn { get; set; }
    public string Note { get; set; } = "";
    /// <summary>The scan of the document in force, if one is on file.</summary>
    public int? ScanId { get; set; }
    public PartnerDocumentScan? Scan { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
