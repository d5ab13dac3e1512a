using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Catalog;

/// <summary>A sellable item of the brand's catalog.</summary>
public sealed class Product : IAudited
{
    public const int SkuMaxLength = 30;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int CategoryId { get; set; }
    public ProductCategory? Category { get; set; }
    public string Unit { get; set; } = "";
    public string UnitEn { get; set; } = "";
    public int PackSize { get; set; } = 1;
    public int MinOrderQuantity { get; set; } = 1;
    public int OrderMultiple { get; set; } = 1;
    /// <summary>List price in the deployment's currency, before any tier discount.</summary>
    public decimal ListPrice { get; set; }
    public int LowStockThreshold { get; set; }
    public bool IsActive { get; set; } = true;
}
