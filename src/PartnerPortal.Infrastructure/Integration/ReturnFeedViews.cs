namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A return as the integration API shows it, with the change token it was read at.</summary>
public sealed record ApiReturn(long Token, string Number, string PartnerCode, string OrderNumber, string Status, string Reason, string Note,
    string DecisionNote, DateTimeOffset RequestedAt, DateTimeOffset? ReceivedAt, string? Warehouse, string? ReceiptReference,
    string? CreditNoteNumber, decimal? CreditAmount, IReadOnlyList<ApiReturnLine> Lines);

/// <summary>A line of a return: the SKU, the shipment it reverses, what was asked and approved, what came back and its credit.</summary>
public sealed record ApiReturnLine(string Sku, string ShipmentNumber, int Quantity, decimal UnitPrice, int? ReceivedQuantity, string? Disposition,
    decimal? CreditAmount);

/// <summary>The body of a warehouse receipt: its own reference (idempotency), the receiving warehouse, and per SKU what came in.</summary>
public sealed record ApiReceiptRequest(string? Reference, string? Warehouse, IReadOnlyList<ApiReceiptLine>? Lines);

/// <summary>One SKU of a receipt: the quantity counted in and <c>Restock</c> or <c>Scrap</c>.</summary>
public sealed record ApiReceiptLine(string? Sku, int Quantity, string? Disposition);
