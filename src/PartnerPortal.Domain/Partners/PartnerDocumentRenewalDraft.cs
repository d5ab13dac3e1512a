namespace PartnerPortal.Domain.Partners;

/// <summary>What the dealer typed for a renewed document: its new number and dates. The scan comes with it as a file.</summary>
public sealed record PartnerDocumentRenewalDraft(string Number, DateOnly? IssuedOn, DateOnly? ExpiresOn);
