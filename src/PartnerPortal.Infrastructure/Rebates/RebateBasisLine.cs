namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>One line of a rebate's basis (<see cref="RebateBasisLines"/>): a shipped line, counted on the day it shipped.</summary>
internal sealed class RebateBasisLine
{
    public int PartnerId { get; init; }
    public int ShipmentId { get; init; }
    public int ShipmentLineId { get; init; }
    public int OrderLineId { get; init; }
    public DateOnly ShippedOn { get; init; }
    public decimal Amount { get; init; }
    public int Quantity { get; init; }
}
