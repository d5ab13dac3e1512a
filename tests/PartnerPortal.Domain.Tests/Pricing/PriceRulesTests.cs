using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Tests.Pricing;

public class PriceRulesTests
{
    // ---- UnitPrice -------------------------------------------------------------------------

    public static TheoryData<decimal, decimal?, decimal?, decimal> UnitPrices => new()
    {
        // list,     discount %, explicit, expected
        { 3299.00m,  8.5m,  null,     3018.59m },  // 3299 × 0.915 = 3018.585 → 3018.59
        { 1299.00m,  12.5m, null,     1136.63m },  // 1299 × 0.875 = 1136.625 → 1136.63 (banker's: 1136.62)
        { 10.50m,    15m,   null,     8.93m },     // 10.50 × 0.85 = 8.925 → 8.93 (banker's: 8.92)
        { 0.25m,     50m,   null,     0.13m },     // 0.25 × 0.5 = 0.125 → 0.13
        { 199.90m,   10m,   null,     179.91m },   // 199.90 × 0.9 = 179.91, nothing to round
        { 99.99m,    33.33m, null,    66.66m },    // 99.99 × 0.6667 = 66.663333 → 66.66
        { 3299.00m,  null,  null,     3299.00m },  // no discount → list price
        { 3299.00m,  0m,    null,     3299.00m },
        { 3299.00m,  100m,  null,     0.00m },
        { 0m,        8.5m,  null,     0m },
        { 3299.00m,  8.5m,  2999.00m, 2999.00m },  // the SKU's own tier price wins over the tier discount
        { 3299.00m,  null,  2999.00m, 2999.00m },
        { 3299.00m,  0m,    3500.00m, 3500.00m },  // even when it is above the list price
        { 3299.00m,  8.5m,  0m,       0m },        // an explicit free item
    };

    [Theory]
    [MemberData(nameof(UnitPrices))]
    public void Unit_price_is_the_explicit_tier_price_else_the_discounted_list_price(
        decimal listPrice, decimal? discountPercent, decimal? explicitPrice, decimal expected)
    {
        Assert.Equal(expected, PriceRules.UnitPrice(new PriceInputs(listPrice, discountPercent, explicitPrice)));
    }

    public static TheoryData<decimal, decimal?, decimal?> InvalidPriceInputs => new()
    {
        { -0.01m,   null,     null },
        { -0.01m,   null,     100m },   // a broken list price is refused even when an explicit price exists
        { 100m,     -0.01m,   null },
        { 100m,     100.01m,  null },
        { 100m,     -5m,      90m },
        { 100m,     null,     -0.01m },
    };

    [Theory]
    [MemberData(nameof(InvalidPriceInputs))]
    public void Unit_price_refuses_negative_prices_and_discounts_outside_0_to_100(
        decimal listPrice, decimal? discountPercent, decimal? explicitPrice)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceRules.UnitPrice(new PriceInputs(listPrice, discountPercent, explicitPrice)));
    }

    // ---- LineTotal -------------------------------------------------------------------------

    public static TheoryData<decimal, int, decimal> LineTotals => new()
    {
        { 3018.59m, 3,   9055.77m },   // 3018.59 × 3 = 9055.77
        { 199.90m,  1,   199.90m },
        { 0.01m,    1,   0.01m },
        { 0.333m,   1,   0.33m },
        { 0.333m,   3,   1.00m },      // 0.999 → 1.00
        { 0.335m,   3,   1.01m },      // 1.005 → 1.01 (midpoint away from zero)
        { 0.125m,   1,   0.13m },
        { 12.345m,  10,  123.45m },    // 123.450, nothing to round
        { 0m,       5,   0m },
    };

    [Theory]
    [MemberData(nameof(LineTotals))]
    public void Line_total_is_unit_price_times_quantity_rounded(decimal unitPrice, int quantity, decimal expected)
    {
        Assert.Equal(expected, PriceRules.LineTotal(unitPrice, quantity));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Line_total_refuses_a_quantity_that_is_not_positive(int quantity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceRules.LineTotal(10.00m, quantity));
    }

    [Fact]
    public void Line_total_refuses_a_negative_unit_price()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceRules.LineTotal(-0.01m, 1));
    }

    // ---- OrderTotal ------------------------------------------------------------------------

    public static TheoryData<decimal[], decimal> OrderTotals => new()
    {
        { [9055.77m, 199.90m, 0.01m], 9255.68m },  // 9055.77 + 199.90 = 9255.67, + 0.01 = 9255.68
        { [199.90m],                  199.90m },
        { [],                         0m },
        { [0.33m, 0.33m, 0.33m],      0.99m },
    };

    [Theory]
    [MemberData(nameof(OrderTotals))]
    public void Order_total_is_the_sum_of_the_line_totals(decimal[] lineTotals, decimal expected)
    {
        Assert.Equal(expected, PriceRules.OrderTotal(lineTotals));
    }

    [Fact]
    public void Order_total_sums_rounded_lines_rather_than_rounding_the_sum_of_the_products()
    {
        // Three lines of one item at 0.333: each line 0.333 → 0.33, so the order is 0.99.
        // Rounding 0.333 × 3 = 0.999 once would give 1.00, which the invoice lines would not add up to.
        var lines = new[] { PriceRules.LineTotal(0.333m, 1), PriceRules.LineTotal(0.333m, 1), PriceRules.LineTotal(0.333m, 1) };

        var total = PriceRules.OrderTotal(lines);

        Assert.Equal(0.99m, total);
        Assert.NotEqual(Money.Round(0.333m * 3), total);
    }

    [Fact]
    public void Order_from_list_price_and_tier_discount_adds_up()
    {
        // 3299.00 at 8.5% → 3018.59; × 3 = 9055.77. 199.90 without discount × 1 = 199.90.
        // 0.01 × 1 = 0.01. Order: 9055.77 + 199.90 + 0.01 = 9255.68.
        var fridge = PriceRules.UnitPrice(new PriceInputs(3299.00m, 8.5m, null));
        var filter = PriceRules.UnitPrice(new PriceInputs(199.90m, null, null));
        var sample = PriceRules.UnitPrice(new PriceInputs(0.01m, 0m, null));

        var total = PriceRules.OrderTotal([
            PriceRules.LineTotal(fridge, 3),
            PriceRules.LineTotal(filter, 1),
            PriceRules.LineTotal(sample, 1)]);

        Assert.Equal(9255.68m, total);
    }
}
