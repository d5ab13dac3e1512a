using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Infrastructure.Catalog;

/// <summary>A product as a partner sees it: their own price next to the list price, and what is available.</summary>
public sealed record CatalogItem(int ProductId, string Sku, string Name, string NameEn, string CategoryName, string CategoryNameEn,
    string Unit, string UnitEn, int PackSize, int MinOrderQuantity, int OrderMultiple, decimal ListPrice, decimal YourPrice,
    int Available, StockState State, IReadOnlyList<WarehouseAvailability> ByWarehouse);

/// <summary>What one warehouse has available of a product (shown only when the brand allows it).</summary>
public sealed record WarehouseAvailability(string WarehouseCode, string WarehouseName, string WarehouseNameEn, int Available);

public sealed record CatalogFilter(int? CategoryId = null);

public sealed record CategoryOption(int Id, string Code, string Name, string NameEn);
