using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Domain.Tests.Ordering;

/// <summary>A shipment invoices each line at its frozen unit price, rounded once per line; the invoice is the sum of the lines.</summary>
public sealed class ShipmentAmountsTests
{
    [Theory]
    [InlineData(2_803.00, 2, 5_606.00)]
    [InlineData(2_287.12, 1, 2_287.12)]
    [InlineData(1_655.08, 3, 4_965.24)]
    [InlineData(0.335, 1, 0.34)]   // half a fen rounds away from zero
    [InlineData(0.125, 3, 0.38)]   // 0.375 → 0.38, rounded on the line, not per unit (0.13 × 3 = 0.39)
    [InlineData(0, 5, 0)]          // free goods
    public void A_line_is_its_unit_price_times_the_quantity_rounded_once(decimal unitPrice, int quantity, decimal expected) =>
        Assert.Equal(expected, ShipmentAmounts.Line(unitPrice, quantity));

    [Fact]
    public void The_invoice_is_the_sum_of_the_rounded_lines()
    {
        // 2 × 2,803.00 = 5,606.00; 1 × 2,287.12 = 2,287.12; 3 × 0.125 = 0.375 → 0.38
        Assert.Equal(7_893.50m, ShipmentAmounts.Invoice([(2_803.00m, 2), (2_287.12m, 1), (0.125m, 3)]));
        Assert.Equal(0m, ShipmentAmounts.Invoice([]));
    }
}
