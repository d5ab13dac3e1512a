using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Ordering;

public class QuantityParseTests
{
    [Theory]
    [InlineData("10", 10)]
    [InlineData("１０", 10)]
    [InlineData("1,200", 1200)]
    [InlineData("999999", 999_999)]
    public void A_typed_quantity_reads_as_a_whole_number(string text, int expected)
    {
        var read = QuantityRules.Parse(text);

        Assert.True(read.Succeeded);
        Assert.Equal(expected, read.Value);
    }

    [Theory]
    [InlineData("1000000")]
    [InlineData("9999999999999")]
    [InlineData("1e12")]
    public void A_quantity_above_the_maximum_is_too_large_with_the_maximum(string text)
    {
        ProblemAssert.Single([QuantityRules.Parse(text).Problem!], ProblemCodes.TooLarge, "Quantity", QuantityRules.MaxQuantity);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("-9999999999999")]
    public void A_quantity_of_zero_or_less_is_not_positive(string text)
    {
        ProblemAssert.Single([QuantityRules.Parse(text).Problem!], ProblemCodes.QuantityNotPositive, "Quantity");
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("abc")]
    public void A_quantity_that_is_not_a_whole_number_says_so(string text)
    {
        ProblemAssert.Single([QuantityRules.Parse(text).Problem!], ProblemCodes.NotANumber, "Quantity", text);
    }

    [Fact]
    public void A_line_quantity_above_the_maximum_is_too_large()
    {
        ProblemAssert.Single(QuantityRules.Check(QuantityRules.MaxQuantity + 1, new QuantityRule(1, 1, IsActive: true)),
            ProblemCodes.TooLarge, "Quantity", QuantityRules.MaxQuantity);
    }
}
