namespace PartnerPortal.Domain.Returns;

/// <summary>A quantity of one shipped line the dealer asks to return.</summary>
public sealed record RequestedReturnLine(int ShipmentLineId, int Quantity);
