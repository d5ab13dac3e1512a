using System.Globalization;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The drawing helpers of the dealer's and the trainee's home pages.</summary>
public sealed class PartnerHomeFormatTests
{
    [Theory]
    [InlineData(347_000, 500_000, 69.4)]
    [InlineData(0, 500_000, 0)]
    [InlineData(-20_000, 500_000, 0)]   // a credit balance in the partner's favour
    [InlineData(612_000, 500_000, 100)] // over the limit
    [InlineData(10, 0, 100)]            // no limit at all, yet something used
    [InlineData(0, 0, 0)]
    public void Percent_is_the_share_clamped_to_the_gauge(decimal part, decimal whole, double expected) =>
        Assert.Equal(expected, PartnerHomeFormat.Percent(part, whole), 6);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(210_000, 100_000)]
    [InlineData(143_000, 50_000)]
    [InlineData(40_000, 10_000)]
    [InlineData(7_999, 2_000)]
    [InlineData(1_000_000, 500_000)]
    public void The_axis_step_is_a_round_number_giving_about_four_lines(decimal max, int expected) =>
        Assert.Equal(expected, PartnerHomeFormat.AxisStep(max));

    [Theory]
    [InlineData("en", 0, "0")]
    [InlineData("en", 950, "950")]
    [InlineData("en", 200_000, "200K")]
    [InlineData("en", 1_250_000, "1.3M")]
    [InlineData("zh-CN", 200_000, "20万")]
    [InlineData("zh-CN", 5_000, "5,000")]
    [InlineData("zh-CN", 150_000_000, "1.5亿")]
    public void Axis_labels_are_short_in_the_readers_units(string culture, double value, string expected)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = PortalCultures.Create(culture);
            Assert.Equal(expected, PartnerHomeFormat.AxisLabel(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Months_are_placed_by_their_number_and_missing_months_are_empty()
    {
        var months = PartnerHomeFormat.ByMonth([new MonthlyAmount(3, 10m), new MonthlyAmount(12, 5.5m)]);

        Assert.Equal(12, months.Length);
        Assert.Equal(10m, months[2]);
        Assert.Equal(5.5m, months[11]);
        Assert.Equal(0m, months[0]);
    }
}
