namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>One line of a rebate's basis as the drill-down lists it.</summary>
/// <param name="RecordedOn">The day the shipment was posted (its invoice's date); later than <paramref name="ShippedOn"/> for a late one.</param>
/// <param name="AfterSettlement">Posted after the accrual (or the true-up's previous settlement) was settled: not in what was paid then.</param>
public sealed record RebateBasisLineRow(
    int ShipmentLineId, string DocumentNumber, string OrderNumber, DateOnly ShippedOn, DateOnly? RecordedOn, string Sku, string ProductName,
    string ProductNameEn, int Quantity, decimal Amount, bool AfterSettlement);
