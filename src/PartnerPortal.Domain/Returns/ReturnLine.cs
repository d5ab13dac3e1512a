using PartnerPortal.Domain.Ordering;

namespace PartnerPortal.Domain.Returns;

/// <summary>
/// One shipped line coming back: the order line and the shipment line it reverses (so a return counts against the period
/// of the shipment it undoes), the quantity asked for (and approved), the quantity counted in at the warehouse, and the
/// unit price frozen on the order line, which the credit is computed at.
/// </summary>
public sealed class ReturnLine
{
    public int Id { get; set; }
    public int ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }
    public int OrderLineId { get; set; }
    public OrderLine? OrderLine { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }
    public int ShipmentLineId { get; set; }
    public ShipmentLine? ShipmentLine { get; set; }
    public int ProductId { get; set; }
    public string Sku { get; set; } = "";
    /// <summary>Asked for by the dealer; an approval approves it whole.</summary>
    public int Quantity { get; set; }
    /// <summary>Copied from the order line when the return is requested.</summary>
    public decimal UnitPrice { get; set; }
    /// <summary>Counted in by the warehouse (0 to <see cref="Quantity"/>); null until the receipt.</summary>
    public int? ReceivedQuantity { get; set; }
    public ReturnDisposition? Disposition { get; set; }
    /// <summary>Received quantity × unit price, rounded; null until the receipt.</summary>
    public decimal? CreditAmount { get; set; }

    /// <summary>What this line keeps from being asked back again (<see cref="ReturnRules.Returnable"/>).</summary>
    public ReturnedQuantity Held(ReturnStatus status) => new(status, Quantity, ReceivedQuantity);
}
