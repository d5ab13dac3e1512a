namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>One line of a rebate's basis as the drill-down lists it: a shipped line, or what a return took back of one.</summary>
/// <param name="DocumentNumber">The shipment the line shipped on (for a return line too: the shipment it reverses).</param>
/// <param name="RecordedOn">The day the shipment was posted (its invoice's date), or the day a return's credit note was posted.</param>
/// <param name="AfterSettlement">Posted after the accrual (or the true-up's previous settlement) was settled: not in what was paid then.</param>
/// <param name="ReturnNumber">The return (RMA-…) that took the goods back; null for a shipped line. Its quantity and amount are negative.</param>
public sealed record RebateBasisLineRow(
    int ShipmentLineId, string DocumentNumber, string OrderNumber, DateOnly ShippedOn, DateOnly? RecordedOn, string Sku, string ProductName,
    string ProductNameEn, int Quantity, decimal Amount, bool AfterSettlement, string? ReturnNumber = null);
