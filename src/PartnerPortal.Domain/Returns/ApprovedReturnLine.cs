namespace PartnerPortal.Domain.Returns;

/// <summary>A line of an approved return, as a receipt is checked against it.</summary>
public sealed record ApprovedReturnLine(int ReturnLineId, string Sku, int Approved);
