using PartnerPortal.Domain.Catalog;

namespace PartnerPortal.Domain.Inventory;

/// <summary>On-hand and reserved quantity of one product in one warehouse.</summary>
public sealed class StockLevel
{
    public int WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int OnHand { get; set; }
    public int Reserved { get; set; }

    public int Available => OnHand - Reserved;
}
