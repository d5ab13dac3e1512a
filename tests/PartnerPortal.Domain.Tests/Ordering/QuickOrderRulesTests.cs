using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Ordering;

public class QuickOrderRulesTests
{
    private static readonly ProductFacts AirConditioner = new(7, "AC-1001", new QuantityRule(1, 1, IsActive: true));

    private static CheckedOrderLine Check(string sku, string quantity) =>
        QuickOrderRules.Check(new OrderCsvRow(1, sku, quantity), s => s == "AC-1001" ? AirConditioner : null);

    [Theory]
    [InlineData("AC-1001", "10", 10)]
    [InlineData("ac-1001", "10", 10)]
    [InlineData("ＡＣ－１００１", "１０", 10)]       // typed with a Chinese input method
    [InlineData(" AC-1001 ", " 1,000 ", 1000)]
    public void A_line_in_full_width_or_lower_case_reads_as_the_product_and_quantity(string sku, string quantity, int expected)
    {
        var line = Check(sku, quantity);

        Assert.True(line.IsValid);
        Assert.Equal((7, expected, "AC-1001"), (line.ProductId!.Value, line.Quantity!.Value, line.Sku));
    }

    [Theory]
    [InlineData("9999999999999", ProblemCodes.TooLarge)]
    [InlineData("1e12", ProblemCodes.TooLarge)]
    [InlineData("2.5", ProblemCodes.NotANumber)]
    [InlineData("0", ProblemCodes.QuantityNotPositive)]
    [InlineData("", ProblemCodes.Required)]
    public void A_quantity_that_cannot_be_ordered_says_why(string quantity, string code)
    {
        var line = Check("AC-1001", quantity);

        Assert.False(line.IsValid);
        Assert.Equal([code], line.Problems.Select(p => p.Code));
    }

    [Fact]
    public void An_unknown_sku_and_a_bad_quantity_are_both_reported()
    {
        ProblemAssert.Exactly(Check("NOPE-1", "abc").Problems, (ProblemCodes.UnknownSku, "Sku"), (ProblemCodes.NotANumber, "Quantity"));
    }
}
