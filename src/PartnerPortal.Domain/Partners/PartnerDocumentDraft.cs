namespace PartnerPortal.Domain.Partners;

/// <summary>What brand staff typed into the document form. The expiry date may still be empty, which the rules refuse.</summary>
public sealed record PartnerDocumentDraft(
    PartnerDocumentKind Kind,
    string Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string Note);
