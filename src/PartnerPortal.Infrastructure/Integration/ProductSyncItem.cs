namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// One product of a bulk upsert, matched by SKU. Required: sku, name, nameEn, categoryCode, unit, listPrice. The other
/// fields keep the stored value when left out (a new product gets unitEn "", packSize 1, minOrderQuantity 1,
/// orderMultiple 1, lowStockThreshold 0, active true). <see cref="TierPrices"/> left out keeps the product's explicit tier
/// prices; sent (even empty) it replaces them, so a tier not listed falls back to its tier discount.
/// </summary>
public sealed record ProductSyncItem
{
    public string? Sku { get; init; }
    public string? Name { get; init; }
    public string? NameEn { get; init; }
    /// <summary>The code of an existing product category, e.g. "AC".</summary>
    public string? CategoryCode { get; init; }
    public string? Unit { get; init; }
    public string? UnitEn { get; init; }
    public int? PackSize { get; init; }
    public int? MinOrderQuantity { get; init; }
    public int? OrderMultiple { get; init; }
    /// <summary>In the deployment's currency, at most 2 decimals.</summary>
    public decimal? ListPrice { get; init; }
    public int? LowStockThreshold { get; init; }
    public bool? Active { get; init; }
    public IReadOnlyList<TierPriceSyncItem>? TierPrices { get; init; }
}
