using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Domain.Ordering;

/// <summary>Stock of one warehouse held for an order line until it ships or the order is cancelled.</summary>
public sealed class StockReservation
{
    public int Id { get; set; }
    public int OrderLineId { get; set; }
    public OrderLine? OrderLine { get; set; }
    public int WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    public int Quantity { get; set; }
}
