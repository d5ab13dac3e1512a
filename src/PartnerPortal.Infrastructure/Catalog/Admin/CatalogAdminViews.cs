using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Catalog.Admin;

/// <summary>A row of the product maintenance list, inactive products included.</summary>
public sealed record ProductListItem(int Id, string Sku, string Name, string NameEn, string CategoryName, string CategoryNameEn,
    string Unit, string UnitEn, int PackSize, int MinOrderQuantity, int OrderMultiple, decimal ListPrice, int LowStockThreshold, bool IsActive);

/// <summary>A product to pick (by SKU) in the pricing and stock forms.</summary>
public sealed record ProductOption(int Id, string Sku, string Name, string NameEn, decimal ListPrice);

/// <summary>A category with how many products it holds.</summary>
public sealed record CategoryListItem(int Id, string Code, string Name, string NameEn, int ProductCount);

/// <summary>A tier's discount off list price; <paramref name="IsSet"/> is false while none is stored (the tier pays list price).</summary>
public sealed record TierDiscountRow(PartnerTier Tier, decimal DiscountPercent, bool IsSet);

/// <summary>An explicit price of a product for a tier, next to the product's list price.</summary>
public sealed record TierPriceRow(PartnerTier Tier, int ProductId, string Sku, string Name, string NameEn, decimal ListPrice, decimal Price);

public sealed record WarehouseOption(int Id, string Code, string Name, string NameEn);

/// <summary>A product's quantities in one warehouse; zeros when it has never been stocked there.</summary>
public sealed record StockFigures(int OnHand, int Reserved)
{
    public int Available => OnHand - Reserved;
}

/// <summary>A row of the stock adjustment history.</summary>
public sealed record StockAdjustmentListItem(int Id, DateTimeOffset At, int WarehouseId, string WarehouseCode, string WarehouseName,
    string WarehouseNameEn, int ProductId, string Sku, string ProductName, string ProductNameEn, int Delta, int OnHandAfter,
    string Reason, string UserName);
