using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>
/// What a shipment invoices: each line at the unit price frozen on the order, rounded once per line, and the invoice the sum
/// of the lines. The shipment itself and the confirmation before it use this one rule, so the amount confirmed is the amount posted.
/// </summary>
public static class ShipmentAmounts
{
    public static decimal Line(decimal unitPrice, int quantity) => Money.Round(unitPrice * quantity);

    public static decimal Invoice(IEnumerable<(decimal UnitPrice, int Quantity)> lines) => lines.Sum(l => Line(l.UnitPrice, l.Quantity));
}
