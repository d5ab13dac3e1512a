namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>What an administrator typed into the product form.</summary>
public sealed record ProductDraft(
    string Sku,
    string Name,
    string NameEn,
    int CategoryId,
    string Unit,
    string UnitEn,
    int PackSize,
    int MinOrderQuantity,
    int OrderMultiple,
    decimal ListPrice,
    int LowStockThreshold,
    bool IsActive);
