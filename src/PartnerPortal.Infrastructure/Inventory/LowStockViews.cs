using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Inventory;

/// <summary>An active product whose stock across all warehouses is at or below its low-stock threshold.</summary>
public sealed record LowStockItem(int ProductId, string Sku, string Name, string NameEn, int LowStockThreshold, int OnHand, int Reserved,
    int Available, StockState State, IReadOnlyList<WarehouseStock> Warehouses);

/// <summary>One warehouse's figures for a product.</summary>
public sealed record WarehouseStock(int WarehouseId, string Code, string Name, string NameEn, int OnHand, int Reserved, int Available);
