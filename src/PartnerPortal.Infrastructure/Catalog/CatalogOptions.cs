namespace PartnerPortal.Infrastructure.Catalog;

/// <summary>The "Catalog" settings section: what the brand lets partners see.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Show partners the available quantity per warehouse, not only the total.</summary>
    public bool ShowStockByWarehouse { get; set; }
}
