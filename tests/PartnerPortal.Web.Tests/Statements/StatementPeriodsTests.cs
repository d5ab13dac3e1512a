using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Statements;

public sealed class StatementPeriodsTests
{
    private static readonly DateOnly Today = new(2026, 11, 17);

    [Fact]
    public void The_page_opens_on_the_last_full_calendar_month()
    {
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), StatementPeriods.Default(Today));
    }

    [Theory]
    [InlineData(StatementPreset.ThisMonth, "2026-11-01", "2026-11-17")]
    [InlineData(StatementPreset.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData(StatementPreset.ThisQuarter, "2026-10-01", "2026-11-17")]
    [InlineData(StatementPreset.ThisYear, "2026-01-01", "2026-11-17")]
    public void Presets_cover_the_running_period_up_to_today(StatementPreset preset, string from, string to)
    {
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), StatementPeriods.Range(preset, Today));
    }

    [Fact]
    public void Last_month_in_January_is_December_of_the_year_before()
    {
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), StatementPeriods.Range(StatementPreset.LastMonth, new DateOnly(2026, 1, 1)));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), StatementPeriods.Range(StatementPreset.LastMonth, new DateOnly(2024, 3, 31)));
    }

    [Fact]
    public void Rebate_years_are_this_year_and_the_two_before()
    {
        Assert.Equal(new[] { 2026, 2025, 2024 }, StatementPeriods.RebateYears(Today));
    }

    [Theory]
    [InlineData(null, "2026-01-01", "2026-12-31")]
    [InlineData(1, "2026-01-01", "2026-03-31")]
    [InlineData(2, "2026-04-01", "2026-06-30")]
    [InlineData(3, "2026-07-01", "2026-09-30")]
    [InlineData(4, "2026-10-01", "2026-12-31")]
    public void Rebate_period_is_the_year_or_one_of_its_quarters(int? quarter, string from, string to)
    {
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), StatementPeriods.RebatePeriod(2026, quarter));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void There_are_four_quarters(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatementPeriods.RebatePeriod(2026, quarter));
    }

    [Fact]
    public void Quarters_that_have_not_begun_are_not_offered()
    {
        Assert.True(StatementPeriods.HasStarted(2026, 4, Today));
        Assert.False(StatementPeriods.HasStarted(2026, 2, new DateOnly(2026, 3, 31)));
        Assert.True(StatementPeriods.HasStarted(2026, 2, new DateOnly(2026, 4, 1)));
        Assert.Equal(4, StatementPeriods.QuarterOf(Today));
    }
}
