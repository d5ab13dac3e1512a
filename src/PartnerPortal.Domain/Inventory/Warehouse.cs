namespace PartnerPortal.Domain.Inventory;

/// <summary>A place stock is kept and shipped from.</summary>
public sealed class Warehouse : Auditing.IAudited
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
}
