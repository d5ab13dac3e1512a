namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// One partner of a bulk upsert, matched by code. Required: code, name, type ("Distributor", "Dealer", "Store"), tier
/// ("Strategic", "Core", "Standard"), regionCode. <see cref="ParentCode"/> left out or null means no parent; the parent may
/// be another item of the same request. Status ("Active", "Suspended"), creditRating ("A"–"D") and nameEn keep the stored
/// value when left out (a new partner: Active, B, ""). <see cref="Contacts"/> left out keeps the stored contacts; sent, it
/// replaces them. <see cref="Credit"/> left out leaves the credit account alone.
/// </summary>
public sealed record PartnerSyncItem
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? NameEn { get; init; }
    public string? Type { get; init; }
    public string? Tier { get; init; }
    public string? RegionCode { get; init; }
    public string? ParentCode { get; init; }
    public string? Status { get; init; }
    public string? CreditRating { get; init; }
    public IReadOnlyList<ContactSyncItem?>? Contacts { get; init; }
    public CreditSyncItem? Credit { get; init; }
}
