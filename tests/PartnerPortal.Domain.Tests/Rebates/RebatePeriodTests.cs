using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebatePeriodTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(RebatePeriodType.Month, "2026-02-14", "2026-02-01", "2026-02-28", "2026-02")]
    [InlineData(RebatePeriodType.Month, "2028-02-29", "2028-02-01", "2028-02-29", "2028-02")]
    [InlineData(RebatePeriodType.Quarter, "2026-11-23", "2026-10-01", "2026-12-31", "2026-Q4")]
    [InlineData(RebatePeriodType.Quarter, "2026-04-01", "2026-04-01", "2026-06-30", "2026-Q2")]
    [InlineData(RebatePeriodType.Quarter, "2026-03-31", "2026-01-01", "2026-03-31", "2026-Q1")]
    [InlineData(RebatePeriodType.Year, "2026-07-15", "2026-01-01", "2026-12-31", "2026")]
    public void The_period_containing_a_day_runs_from_its_first_to_its_last_day(RebatePeriodType type, string day, string start, string end, string label)
    {
        var period = RebatePeriod.Containing(type, D(day));

        Assert.Equal(D(start), period.Start);
        Assert.Equal(D(end), period.End);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void Next_and_previous_cross_the_year()
    {
        var q4 = RebatePeriod.Containing(RebatePeriodType.Quarter, D("2026-12-31"));

        Assert.Equal(D("2027-01-01"), q4.Next().Start);
        Assert.Equal(D("2027-03-31"), q4.Next().End);
        Assert.Equal(D("2026-07-01"), q4.Previous().Start);
        Assert.Equal(D("2026-09-30"), q4.Previous().End);
    }

    [Fact]
    public void Between_lists_every_period_touching_the_range()
    {
        var months = RebatePeriod.Between(RebatePeriodType.Month, D("2026-10-15"), D("2027-01-02")).Select(p => p.Label);

        Assert.Equal(["2026-10", "2026-11", "2026-12", "2027-01"], months);
    }

    [Theory]
    [InlineData("2026-09-30", false)]
    [InlineData("2026-10-01", true)]
    public void A_period_is_closed_from_the_day_after_its_last_day(string today, bool closed)
    {
        var q3 = RebatePeriod.Containing(RebatePeriodType.Quarter, D("2026-08-01"));

        Assert.Equal(closed, q3.IsClosedOn(D(today)));
    }

    [Theory]
    [InlineData(RebatePeriodType.Month, "2026-05-01", true)]
    [InlineData(RebatePeriodType.Month, "2026-05-02", false)]
    [InlineData(RebatePeriodType.Quarter, "2026-07-01", true)]
    [InlineData(RebatePeriodType.Quarter, "2026-08-01", false)]
    [InlineData(RebatePeriodType.Year, "2026-01-01", true)]
    [InlineData(RebatePeriodType.Year, "2026-04-01", false)]
    public void Period_starts_are_recognised(RebatePeriodType type, string day, bool isStart)
    {
        Assert.Equal(isStart, RebatePeriod.IsPeriodStart(type, D(day)));
    }

    [Theory]
    [InlineData(RebatePeriodType.Month, "2026-04-30", true)]
    [InlineData(RebatePeriodType.Month, "2026-04-29", false)]
    [InlineData(RebatePeriodType.Quarter, "2026-09-30", true)]
    [InlineData(RebatePeriodType.Quarter, "2026-08-31", false)]
    [InlineData(RebatePeriodType.Year, "2026-12-31", true)]
    [InlineData(RebatePeriodType.Year, "2026-06-30", false)]
    public void Period_ends_are_recognised(RebatePeriodType type, string day, bool isEnd)
    {
        Assert.Equal(isEnd, RebatePeriod.IsPeriodEnd(type, D(day)));
    }
}
