using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>A document of a partner as its profile shows it, with its state as of today.</summary>
public sealed record PartnerDocumentView(int Id, PartnerDocumentKind Kind, string Number, DateOnly? IssuedOn, DateOnly ExpiresOn,
    string Note, DateTimeOffset UpdatedAt, ExpiryState State)
{
    public PartnerDocumentDraft ToDraft() => new(Kind, Number, IssuedOn, ExpiresOn, Note);
}

/// <summary>A row of the list of documents expiring soon or expired, across partners; DaysLeft is negative once expired.</summary>
public sealed record ExpiringDocumentRow(int Id, int PartnerId, string PartnerCode, string PartnerName, string PartnerNameEn,
    int RegionId, string RegionName, string RegionNameEn, PartnerDocumentKind Kind, string Number, DateOnly ExpiresOn,
    int DaysLeft, ExpiryState State);
