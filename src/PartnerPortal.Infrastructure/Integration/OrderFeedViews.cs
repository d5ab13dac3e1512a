namespace PartnerPortal.Infrastructure.Integration;

/// <summary>An order as the ERP reads it from <c>/api/v1/orders</c>.</summary>
/// <param name="ChangeToken">The order's latest change token: it reappears in the feed with a higher one whenever it changes again.</param>
/// <param name="Status">Submitted, PendingApproval, Approved, PartiallyShipped, Shipped, Completed, Rejected or Cancelled (never Draft).</param>
/// <param name="Note">Why a manager rejected it, or what the credit check said; empty otherwise.</param>
/// <param name="ErpOrderNumber">The ERP's own number, once it acknowledged the order.</param>
public sealed record ApiOrder(long ChangeToken, string Number, string PartnerCode, string PartnerName, string Status, DateTimeOffset SubmittedAt,
    decimal Total, string Note, string? ErpOrderNumber, DateTimeOffset? AcknowledgedAt, IReadOnlyList<ApiOrderLine> Lines,
    IReadOnlyList<ApiOrderShipment> Shipments);

/// <param name="UnitPrice">The partner's price, frozen when the order was submitted.</param>
/// <param name="OpenQuantity">Still to ship.</param>
public sealed record ApiOrderLine(string Sku, int Quantity, int ShippedQuantity, int OpenQuantity, decimal ListPrice, decimal UnitPrice,
    decimal LineTotal);

/// <param name="Number">The portal's shipment number (SH-…).</param>
/// <param name="ShipmentNumber">The ERP's shipment number when it came through the API.</param>
/// <param name="InvoiceNumber">The invoice raised for it (INV-…).</param>
public sealed record ApiOrderShipment(string Number, string? ShipmentNumber, string WarehouseCode, DateOnly ShippedOn, decimal Amount,
    string? InvoiceNumber, IReadOnlyList<ApiShipmentLine> Lines);

public sealed record ApiShipmentLine(string Sku, int Quantity);
