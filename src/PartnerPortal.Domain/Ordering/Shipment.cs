using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Ordering;

/// <summary>What left a warehouse for an order at one time; an invoice is raised for it.</summary>
public sealed class Shipment : IPartnerOwned
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public int OrderId { get; set; }
    public Order? Order { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    public DateOnly ShippedOn { get; set; }
    public string ShippedByUserId { get; set; } = "";
    public decimal Amount { get; set; }
    /// <summary>The shipment's number in the ERP or warehouse system when it came through the API; unique, so a retry never ships twice.</summary>
    public string? ExternalReference { get; set; }
    public int? InvoiceEntryId { get; set; }
    public Credit.LedgerEntry? Invoice { get; set; }
    public List<ShipmentLine> Lines { get; set; } = [];
}
