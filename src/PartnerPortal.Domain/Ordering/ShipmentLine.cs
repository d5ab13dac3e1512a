namespace PartnerPortal.Domain.Ordering;

public sealed class ShipmentLine
{
    public int Id { get; set; }
    public int ShipmentId { get; set; }
    public int OrderLineId { get; set; }
    public OrderLine? OrderLine { get; set; }
    public int Quantity { get; set; }
    public decimal Amount { get; set; }
}
