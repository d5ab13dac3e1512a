using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// A document of a partner as its profile shows it, with its state as of today, its scan, and its latest renewal while
/// that is waiting or was rejected (an accepted one is the document itself now).
/// </summary>
public sealed record PartnerDocumentView(int Id, PartnerDocumentKind Kind, string Number, DateOnly? IssuedOn, DateOnly ExpiresOn,
    string Note, DateTimeOffset UpdatedAt, ExpiryState State, ScanView? Scan = null, RenewalView? Renewal = null)
{
    public PartnerDocumentDraft ToDraft() => new(Kind, Number, IssuedOn, ExpiresOn, Note);
}

/// <summary>A row of the list of documents expiring soon or expired, across partners; DaysLeft is negative once expired.</summary>
public sealed record ExpiringDocumentRow(int Id, int PartnerId, string PartnerCode, string PartnerName, string PartnerNameEn,
    int RegionId, string RegionName, string RegionNameEn, PartnerDocumentKind Kind, string Number, DateOnly ExpiresOn,
    int DaysLeft, ExpiryState State);

/// <summary>A scan on file: what the download link shows.</summary>
public sealed record ScanView(int Id, string FileName, ScanFileType Type, long Size, DateTimeOffset UploadedAt);

/// <summary>A scan as the download endpoint serves it.</summary>
public sealed record ScanDownload(string StoredName, string FileName, ScanFileType Type);
