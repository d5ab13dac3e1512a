namespace PartnerPortal.Domain.Inventory;

/// <summary>How a product's availability is shown to partners.</summary>
public enum StockState
{
    InStock,
    Low,
    Out,
}
