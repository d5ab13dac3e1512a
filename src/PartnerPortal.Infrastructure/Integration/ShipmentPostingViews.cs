namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A shipment the ERP or warehouse system posts to <c>/api/v1/shipments</c>.</summary>
/// <param name="ShipmentNumber">The ERP's own number for the shipment; posting it again returns the shipment already made.</param>
/// <param name="ShippedOn">The day the goods left; today when left out. The invoice is dated the day the shipment is posted.</param>
public sealed record ApiShipmentRequest(string? OrderNumber, string? ShipmentNumber, string? WarehouseCode,
    IReadOnlyList<ApiShipmentRequestLine>? Lines, DateOnly? ShippedOn = null);

/// <param name="Quantity">Units shipped of the SKU; the SKU must be on the order.</param>
public sealed record ApiShipmentRequestLine(string? Sku, int? Quantity);

/// <summary>A shipment as the API returns it, with the invoice raised for it and the order's status after it.</summary>
/// <param name="Number">The portal's shipment number (SH-…).</param>
/// <param name="ShipmentNumber">The ERP's shipment number.</param>
/// <param name="OrderStatus">PartiallyShipped or Shipped (or later, when read again after further changes).</param>
public sealed record ApiShipment(string Number, string? ShipmentNumber, string OrderNumber, string OrderStatus, string WarehouseCode,
    DateOnly ShippedOn, decimal Amount, string? InvoiceNumber, DateOnly? InvoiceDueDate, IReadOnlyList<ApiShipmentAmountLine> Lines);

/// <param name="Amount">Quantity × the order line's frozen unit price, rounded once.</param>
public sealed record ApiShipmentAmountLine(string Sku, int Quantity, decimal Amount);
