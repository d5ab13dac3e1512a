namespace PartnerPortal.Domain.Catalog;

public sealed class ProductCategory
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
}
