using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// A renewal of a document: what the dealer sent, where it stands, and, once accepted, what it replaced (the document's
/// history).
/// </summary>
public sealed record RenewalView(int Id, int DocumentId, RenewalStatus Status, string Number, DateOnly? IssuedOn, DateOnly ExpiresOn,
    ScanView Scan, DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? DecidedAt, string? DecidedBy, string Reason,
    string? PreviousNumber = null, DateOnly? PreviousIssuedOn = null, DateOnly? PreviousExpiresOn = null, ScanView? PreviousScan = null);

/// <summary>A renewal waiting for a channel manager, with the document in force next to it.</summary>
public sealed record PendingRenewalRow(int Id, int DocumentId, int PartnerId, string PartnerCode, string PartnerName, string PartnerNameEn,
    string RegionName, string RegionNameEn, PartnerDocumentKind Kind, string CurrentNumber, DateOnly CurrentExpiresOn, ExpiryState CurrentState,
    ScanView? CurrentScan, string Number, DateOnly? IssuedOn, DateOnly ExpiresOn, ScanView Scan, DateTimeOffset SubmittedAt, string SubmittedBy);

/// <summary>A document of the dealer's own partner that has expired or expires soon, for the home page.</summary>
public sealed record DocumentDue(int Id, PartnerDocumentKind Kind, string Number, DateOnly ExpiresOn, int DaysLeft, ExpiryState State,
    bool RenewalPending);

/// <summary>The dealer authorization that stops the partner from ordering, and whether its renewal waits for review.</summary>
public sealed record ExpiredAuthorization(string Number, DateOnly ExpiredOn, bool RenewalPending);
