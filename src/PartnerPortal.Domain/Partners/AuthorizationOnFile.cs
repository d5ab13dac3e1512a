namespace PartnerPortal.Domain.Partners;

/// <summary>A dealer authorization the partner has on file: its number and last valid day.</summary>
public sealed record AuthorizationOnFile(string Number, DateOnly ExpiresOn);
