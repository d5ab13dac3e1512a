using PartnerPortal.Domain.Catalog.Admin;

namespace PartnerPortal.Web.Components.Admin.Catalog;

/// <summary>The product edit form's bindable values.</summary>
public sealed class ProductForm
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int CategoryId { get; set; }
    public string Unit { get; set; } = "";
    public string UnitEn { get; set; } = "";
    public int PackSize { get; set; } = 1;
    public int MinOrderQuantity { get; set; } = 1;
    public int OrderMultiple { get; set; } = 1;
    public decimal ListPrice { get; set; }
    public int LowStockThreshold { get; set; }
    public bool IsActive { get; set; } = true;

    public static ProductForm From(ProductDraft d) => new()
    {
        Sku = d.Sku, Name = d.Name, NameEn = d.NameEn, CategoryId = d.CategoryId, Unit = d.Unit, UnitEn = d.UnitEn,
        PackSize = d.PackSize, MinOrderQuantity = d.MinOrderQuantity, OrderMultiple = d.OrderMultiple, ListPrice = d.ListPrice,
        LowStockThreshold = d.LowStockThreshold, IsActive = d.IsActive,
    };

    public ProductDraft ToDraft() => new(Sku, Name, NameEn, CategoryId, Unit, UnitEn, PackSize, MinOrderQuantity, OrderMultiple,
        ListPrice, LowStockThreshold, IsActive);
}
