using System.Globalization;
using PartnerPortal.Domain.Statements;

namespace PartnerPortal.Domain.Tests.Statements;

public class StatementPresetsTests
{
    // The portal's zone in China: UTC+8 all year. A fixed custom zone keeps the tests independent of the machine's tz data.
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    private static StatementPresets At(string utc) => new(new FakeClock(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), Beijing));

    private static StatementDateRange Range(string from, string to) =>
        new(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

    [Theory]
    // clock (UTC), preset, account from, account to (a running period ends today)
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisMonth, "2026-11-01", "2026-11-17")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisQuarter, "2026-10-01", "2026-11-17")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.LastQuarter, "2026-07-01", "2026-09-30")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisYear, "2026-01-01", "2026-11-17")]
    // 1 January: last month, last quarter are in the year before
    [InlineData("2026-01-01T02:00Z", StatementPreset.LastMonth, "2025-12-01", "2025-12-31")]
    [InlineData("2026-01-01T02:00Z", StatementPreset.LastQuarter, "2025-10-01", "2025-12-31")]
    [InlineData("2026-01-01T02:00Z", StatementPreset.ThisQuarter, "2026-01-01", "2026-01-01")]
    [InlineData("2026-01-01T02:00Z", StatementPreset.ThisYear, "2026-01-01", "2026-01-01")]
    // the last day of a quarter, and the first of the next
    [InlineData("2026-06-30T10:00Z", StatementPreset.ThisQuarter, "2026-04-01", "2026-06-30")]
    [InlineData("2026-06-30T10:00Z", StatementPreset.LastQuarter, "2026-01-01", "2026-03-31")]
    [InlineData("2026-07-01T01:00Z", StatementPreset.ThisQuarter, "2026-07-01", "2026-07-01")]
    [InlineData("2026-07-01T01:00Z", StatementPreset.LastQuarter, "2026-04-01", "2026-06-30")]
    // a leap February
    [InlineData("2024-03-31T04:00Z", StatementPreset.LastMonth, "2024-02-01", "2024-02-29")]
    [InlineData("2025-03-15T04:00Z", StatementPreset.LastMonth, "2025-02-01", "2025-02-28")]
    // 31 December
    [InlineData("2026-12-31T04:00Z", StatementPreset.ThisYear, "2026-01-01", "2026-12-31")]
    [InlineData("2026-12-31T04:00Z", StatementPreset.ThisQuarter, "2026-10-01", "2026-12-31")]
    public void The_account_statement_takes_the_running_period_up_to_today(string utc, StatementPreset preset, string from, string to)
    {
        Assert.Equal(Range(from, to), At(utc).Account(preset));
    }

    [Theory]
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisMonth, "2026-11-01", "2026-11-30")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisQuarter, "2026-10-01", "2026-12-31")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.LastQuarter, "2026-07-01", "2026-09-30")]
    [InlineData("2026-11-17T04:00Z", StatementPreset.ThisYear, "2026-01-01", "2026-12-31")]
    [InlineData("2026-02-10T04:00Z", StatementPreset.ThisQuarter, "2026-01-01", "2026-03-31")]
    [InlineData("2026-02-10T04:00Z", StatementPreset.LastQuarter, "2025-10-01", "2025-12-31")]
    [InlineData("2028-02-10T04:00Z", StatementPreset.ThisMonth, "2028-02-01", "2028-02-29")]
    public void The_rebate_statement_takes_whole_periods(string utc, StatementPreset preset, string from, string to)
    {
        Assert.Equal(Range(from, to), At(utc).Rebate(preset));
    }

    [Theory]
    // 16:30 UTC on the last day of a quarter is already 00:30 on the first day of the next in UTC+8
    [InlineData("2026-03-31T16:30Z", "2026-04-01", "2026-04-01", "2026-01-01")]
    [InlineData("2026-03-31T15:59Z", "2026-03-31", "2026-01-01", "2025-10-01")]
    [InlineData("2025-12-31T16:00Z", "2026-01-01", "2026-01-01", "2025-10-01")]
    public void Today_is_the_day_in_the_portals_time_zone(string utc, string today, string thisQuarterFrom, string lastQuarterFrom)
    {
        var presets = At(utc);
        Assert.Equal(DateOnly.Parse(today, CultureInfo.InvariantCulture), presets.Today);
        Assert.Equal(DateOnly.Parse(thisQuarterFrom, CultureInfo.InvariantCulture), presets.Account(StatementPreset.ThisQuarter).From);
        Assert.Equal(DateOnly.Parse(lastQuarterFrom, CultureInfo.InvariantCulture), presets.Account(StatementPreset.LastQuarter).From);
    }

    [Fact]
    public void An_unknown_preset_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatementPresets.Whole((StatementPreset)9, new DateOnly(2026, 1, 1)));
    }

    private sealed class FakeClock(DateTimeOffset utcNow, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
