namespace PartnerPortal.Infrastructure.Integration;

/// <summary>The ERP's on-hand quantity of one product (by SKU) in one warehouse (by code); all three are required.</summary>
public sealed record StockSyncItem
{
    public string? WarehouseCode { get; init; }
    public string? Sku { get; init; }
    public int? OnHand { get; init; }
}
