using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

public class DateRulesTests
{
    [Theory]
    [InlineData("2026-03-15", "2026-03-15")]
    [InlineData(" 2026-03-15 ", "2026-03-15")]
    [InlineData("２０２６－０３－１５", "2026-03-15")]  // typed with a Chinese input method
    [InlineData("9999-12-31", "2099-12-31")]          // "no end" becomes the last day accepted
    [InlineData("0001-01-01", "1900-01-01")]          // "from the start" becomes the first
    [InlineData("2099-12-31", "2099-12-31")]
    [InlineData("1900-01-01", "1900-01-01")]
    public void A_list_filter_day_is_read_and_clamped_into_the_range(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateRules.ReadClamped(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("2026-02-30")]
    [InlineData("2026-3-5")]
    [InlineData("15/03/2026")]
    [InlineData("99999-01-01")]
    [InlineData("2026-03-15T00:00")]
    public void A_day_that_does_not_read_is_no_day(string? text)
    {
        Assert.Null(DateRules.ReadClamped(text));
        Assert.Null(DateRules.Read(text));
    }

    [Theory]
    [InlineData("1899-12-31", true)]
    [InlineData("1900-01-01", false)]
    [InlineData("2099-12-31", false)]
    [InlineData("2100-01-01", true)]
    [InlineData("9999-12-31", true)]
    public void A_form_day_outside_the_range_is_refused_with_the_range(string text, bool refused)
    {
        var problems = new List<Problem>();
        DateRules.InRange(problems, "ExpiresOn", DateRules.Read(text));

        if (refused) ProblemAssert.Single(problems, ProblemCodes.DateOutOfRange, "ExpiresOn", "1900-01-01", "2099-12-31");
        else ProblemAssert.None(problems);
    }

    [Fact]
    public void No_day_is_not_out_of_range()
    {
        var problems = new List<Problem>();
        DateRules.InRange(problems, "ExpiresOn", null);
        ProblemAssert.None(problems);
    }
}
