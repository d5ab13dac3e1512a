namespace PartnerPortal.Domain.Returns;

/// <summary>A shipped line a dealer may return from: what shipped on it and what earlier returns hold of it.</summary>
public sealed record ReturnableLine(int ShipmentLineId, string Sku, int Shipped, IReadOnlyList<ReturnedQuantity> Earlier)
{
    public int Returnable => ReturnRules.Returnable(Shipped, Earlier);
}
