namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// One line of a rebate's basis (<see cref="RebateBasisLines"/>): a shipped line, counted on the day it shipped, or what a
/// return took back of one, negative and counted on the day the returned line shipped.
/// </summary>
internal sealed class RebateBasisLine
{
    public int PartnerId { get; init; }
    public int ShipmentId { get; init; }
    public int ShipmentLineId { get; init; }
    public int OrderLineId { get; init; }
    public DateOnly ShippedOn { get; init; }
    public decimal Amount { get; init; }
    public int Quantity { get; init; }
    /// <summary>The return whose received goods this line takes off; null for a shipped line.</summary>
    public int? ReturnRequestId { get; init; }
}
