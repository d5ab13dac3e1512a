using System.Globalization;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebatePreviewPeriodsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string Labels(IEnumerable<RebatePeriod> periods) => string.Join(" ", periods.Select(p => p.Label));

    [Theory]
    [InlineData(RebatePeriodType.Month, "2026-11-17", "2026-10")]
    [InlineData(RebatePeriodType.Month, "2026-01-05", "2025-12")]
    [InlineData(RebatePeriodType.Quarter, "2026-11-17", "2026-Q3")]
    [InlineData(RebatePeriodType.Quarter, "2026-01-01", "2025-Q4")]
    [InlineData(RebatePeriodType.Year, "2026-11-17", "2025")]
    public void The_default_is_the_last_complete_period(RebatePeriodType type, string today, string label)
    {
        Assert.Equal(label, RebatePreviewPeriods.Default(type, D(today)).Label);
    }

    [Fact]
    public void A_running_quarterly_policy_offers_its_periods_so_far_and_the_last_four_complete_quarters()
    {
        var offered = RebatePreviewPeriods.Offered(RebatePeriodType.Quarter, D("2026-04-01"), D("2027-12-31"), D("2026-11-17"));

        Assert.Equal("2026-Q4 2026-Q3 2026-Q2 2026-Q1 2025-Q4", Labels(offered));
    }

    [Fact]
    public void A_draft_starting_later_offers_the_recent_complete_periods()
    {
        var offered = RebatePreviewPeriods.Offered(RebatePeriodType.Quarter, D("2027-01-01"), D("2027-12-31"), D("2026-11-17"));

        Assert.Equal("2026-Q3 2026-Q2 2026-Q1 2025-Q4", Labels(offered));
    }

    [Fact]
    public void A_monthly_policy_offers_a_year_of_months_before_today()
    {
        var offered = RebatePreviewPeriods.Offered(RebatePeriodType.Month, D("2026-11-01"), D("2026-12-31"), D("2026-11-17"));

        Assert.Equal(13, offered.Count);
        Assert.Equal(("2026-11", "2025-11"), (offered[0].Label, offered[^1].Label));
    }

    [Fact]
    public void A_closed_policy_offers_its_own_periods_up_to_its_end()
    {
        var offered = RebatePreviewPeriods.Offered(RebatePeriodType.Year, D("2021-01-01"), D("2023-12-31"), D("2026-11-17"));

        Assert.Equal("2025 2024 2023 2022 2021", Labels(offered));
    }

    [Fact]
    public void At_most_two_dozen_periods_are_offered_newest_first()
    {
        var offered = RebatePreviewPeriods.Offered(RebatePeriodType.Month, D("2020-01-01"), D("2027-12-31"), D("2026-11-17"));

        Assert.Equal(RebatePreviewPeriods.MaxOffered, offered.Count);
        Assert.Equal(("2026-11", "2024-12"), (offered[0].Label, offered[^1].Label));
        Assert.Equal(offered.OrderByDescending(p => p.Start), offered);
    }
}
