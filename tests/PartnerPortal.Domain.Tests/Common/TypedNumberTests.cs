using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

public class TypedNumberTests
{
    private const string Field = "Quantity";

    [Theory]
    [InlineData("10", 10)]
    [InlineData(" 10 ", 10)]
    [InlineData("１０", 10)]              // full-width digits from a Chinese input method
    [InlineData("　１２３　", 123)]        // ideographic spaces around them
    [InlineData("+5", 5)]
    [InlineData("－５", -5)]              // full-width minus
    [InlineData("\u22125", -5)]           // the minus sign
    [InlineData("1,000", 1000)]
    [InlineData("１，０００", 1000)]       // full-width comma between groups
    [InlineData("12.0", 12)]              // Excel writes whole numbers so
    [InlineData("12.", 12)]
    [InlineData("1e3", 1000)]             // and large ones so
    [InlineData("1.5E2", 150)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("007", 7)]
    [InlineData("999999", 999_999)]       // exactly the maximum
    [InlineData("-999999", -999_999)]     // exactly the minimum
    public void Whole_reads_what_people_type(string text, int expected)
    {
        var read = TypedNumber.Whole(text, Field, -999_999, 999_999);

        Assert.Null(read.Problem);
        Assert.Equal(expected, read.Value);
    }

    [Theory]
    [InlineData("1000000")]
    [InlineData("9999999999999")]         // once "not a whole number"
    [InlineData("1e12")]                  // once 1 in the cart
    [InlineData("1E+40")]
    [InlineData("1e999999999999")]
    [InlineData("９９９９９９９９")]
    [InlineData("123456789012345678901234567890")]
    public void Whole_above_the_maximum_is_too_large_with_the_maximum(string text)
    {
        var read = TypedNumber.Whole(text, Field, 1, 999_999);

        Assert.Equal(new Problem(ProblemCodes.TooLarge, Field, 999_999).Code, read.Problem?.Code);
        Assert.Equal(Field, read.Problem!.Field);
        Assert.Equal([999_999], read.Problem.Args);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("-9999999999999")]
    public void Whole_below_the_minimum_is_too_small_with_the_minimum(string text)
    {
        var read = TypedNumber.Whole(text, Field, 1, 999_999);

        ProblemAssert.Single([read.Problem!], ProblemCodes.TooSmall, Field, 1);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("1.5", "1.5")]
    [InlineData("2,5", "2,5")]            // a decimal comma is not a thousands separator
    [InlineData("1,00", "1,00")]
    [InlineData("1e-2", "1e-2")]
    [InlineData("1 0", "1 0")]
    [InlineData("+", "+")]
    [InlineData(".", ".")]
    [InlineData("e5", "e5")]
    [InlineData("٣", "٣")]                // a digit of another script
    [InlineData("0x10", "0x10")]
    [InlineData(" 1.5 ", "1.5")]          // shown as typed, without the blanks
    public void Whole_refuses_what_is_not_a_whole_number_naming_the_text(string text, string shown)
    {
        var read = TypedNumber.Whole(text, Field, 1, 999_999);

        ProblemAssert.Single([read.Problem!], ProblemCodes.NotANumber, Field, shown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("　")]
    public void Whole_without_text_is_required(string? text)
    {
        ProblemAssert.Single([TypedNumber.Whole(text, Field, 1, 10).Problem!], ProblemCodes.Required, Field);
    }

    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("１２．５", "12.5")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("0.01", "0.01")]
    [InlineData("1e2", "100")]
    [InlineData("2.5e-1", "0.25")]
    [InlineData("99999999.99", "99999999.99")]
    public void Decimal_reads_what_people_type(string text, string expected)
    {
        var read = TypedNumber.Decimal(text, "Price", 0m, 99_999_999.99m, 2);

        Assert.Null(read.Problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read.Value);
    }

    [Theory]
    [InlineData("1.005", ProblemCodes.TooManyDecimals, 2)]
    [InlineData("100000000", ProblemCodes.TooLarge, 99_999_999.99)]
    [InlineData("-0.01", ProblemCodes.TooSmall, 0)]
    [InlineData("1e30", ProblemCodes.TooLarge, 99_999_999.99)]
    public void Decimal_out_of_range_or_too_precise_says_so(string text, string code, double arg)
    {
        var read = TypedNumber.Decimal(text, "Price", 0m, 99_999_999.99m, 2);

        Assert.Equal(code, read.Problem?.Code);
        var expected = code == ProblemCodes.TooManyDecimals ? (object)(int)arg : (decimal)arg;
        Assert.Equal([expected], read.Problem!.Args);
    }

    [Fact]
    public void Decimal_refuses_text_as_not_a_number()
    {
        ProblemAssert.Single([TypedNumber.Decimal("12元", "Price", 0m, 100m, 2).Problem!], ProblemCodes.NotADecimal, "Price", "12元");
    }

    [Fact]
    public void Very_long_text_is_not_a_number_and_is_shortened_in_the_message()
    {
        var read = TypedNumber.Whole(new string('1', 100), Field, 1, 10);

        ProblemAssert.Single([read.Problem!], ProblemCodes.NotANumber, Field, new string('1', 20) + "…");
    }
}
