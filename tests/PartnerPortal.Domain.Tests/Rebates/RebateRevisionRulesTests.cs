using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebateRevisionRulesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static HashSet<DateOnly> Settled(params string[] starts) => starts.Select(D).ToHashSet();

    [Theory]
    // period type, version starts, today, earliest start of a revision
    [InlineData(RebatePeriodType.Month, "2026-01-01", "2026-11-17", "2026-11-01")]  // the running month
    [InlineData(RebatePeriodType.Month, "2026-01-01", "2026-11-01", "2026-11-01")]  // its first day
    [InlineData(RebatePeriodType.Month, "2026-01-01", "2026-10-31", "2026-10-01")]  // its last day
    [InlineData(RebatePeriodType.Quarter, "2026-01-01", "2026-11-17", "2026-10-01")]
    [InlineData(RebatePeriodType.Quarter, "2026-01-01", "2027-01-01", "2027-01-01")]
    [InlineData(RebatePeriodType.Year, "2025-01-01", "2026-11-17", "2026-01-01")]
    [InlineData(RebatePeriodType.Quarter, "2027-01-01", "2026-11-17", "2027-01-01")] // a version that has not begun: from its own start
    public void A_revision_starts_no_earlier_than_the_running_period(RebatePeriodType type, string versionStart, string today, string earliest)
    {
        Assert.Equal(D(earliest), RebateRevisionRules.EarliestStart(type, D(versionStart), D(today)));
    }

    [Theory]
    // quarterly version 2026-01-01 – 2027-12-31, today 2026-11-17 (Q4 running), Q1 and Q2 settled
    [InlineData("2026-10-01", null, null, null)]                                           // the running quarter
    [InlineData("2027-01-01", null, null, null)]                                           // a later one
    [InlineData("2027-10-01", null, null, null)]                                           // the version's last quarter
    [InlineData("2026-04-01", ProblemCodes.RevisionInSettledPeriod, "2026-Q2", "2026-Q4")]  // settled
    [InlineData("2026-01-01", ProblemCodes.RevisionInSettledPeriod, "2026-Q1", "2026-Q4")]
    [InlineData("2026-07-01", ProblemCodes.RevisionInEndedPeriod, "2026-Q3", "2026-Q4")]    // ended, not settled yet
    [InlineData("2025-10-01", ProblemCodes.RevisionInEndedPeriod, "2025-Q4", "2026-Q4")]    // before the version, and ended
    [InlineData("2028-01-01", ProblemCodes.InvalidRevisionDate, "2026-Q4", "2027-Q4")]      // after the version ends
    public void A_revision_into_an_ended_or_settled_period_names_it_and_the_first_it_may_start_in(string startsOn, string? code, string? arg0,
        string? arg1)
    {
        var problem = RebateRevisionRules.CheckStart(RebatePeriodType.Quarter, D(startsOn), D("2026-01-01"), D("2027-12-31"), D("2026-11-17"),
            Settled("2026-01-01", "2026-04-01"));

        if (code is null)
        {
            Assert.Null(problem);
            return;
        }
        Assert.NotNull(problem);
        Assert.Equal((code, "StartsOn"), (problem.Code, problem.Field));
        Assert.Equal(new object[] { arg0!, arg1! }, problem.Args);
    }

    [Theory]
    // monthly version 2026-03-01 – 2026-12-31, today as given
    [InlineData("2026-12-01", "2026-11-30", null, null)]                                          // the last month, still ahead
    [InlineData("2026-11-01", "2026-11-30", null, null)]                                          // the last day of the running month
    [InlineData("2026-10-01", "2026-11-01", ProblemCodes.RevisionInEndedPeriod, "2026-10")]      // October ended the day before
    [InlineData("2026-02-01", "2026-11-01", ProblemCodes.RevisionInEndedPeriod, "2026-02")]
    public void Month_boundaries_decide_for_a_monthly_policy(string startsOn, string today, string? code, string? period)
    {
        var problem = RebateRevisionRules.CheckStart(RebatePeriodType.Month, D(startsOn), D("2026-03-01"), D("2026-12-31"), D(today), Settled());

        Assert.Equal(code, problem?.Code);
        if (code is not null) Assert.Equal(new object[] { period!, "2026-11" }, problem!.Args);
    }

    [Fact]
    public void A_version_whose_last_period_has_ended_cannot_be_revised()
    {
        var problem = RebateRevisionRules.CheckStart(RebatePeriodType.Quarter, D("2027-01-01"), D("2026-01-01"), D("2026-06-30"), D("2026-11-17"),
            Settled());

        Assert.NotNull(problem);
        Assert.Equal((ProblemCodes.RevisionAfterEnd, "StartsOn"), (problem.Code, problem.Field));
        Assert.Equal(new object[] { "2026-Q2" }, problem.Args);
    }
}
