namespace PartnerPortal.Domain.Returns;

/// <summary>A received quantity at the unit price frozen on its order line.</summary>
public sealed record CreditedReturnLine(int Received, decimal UnitPrice);
