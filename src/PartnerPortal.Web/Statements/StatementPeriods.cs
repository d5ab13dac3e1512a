namespace PartnerPortal.Web.Statements;

/// <summary>The quick choices of the account statement's date range.</summary>
public enum StatementPreset
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
}

/// <summary>The date ranges the statements page offers, worked out from "today" in the portal's time zone.</summary>
public static class StatementPeriods
{
    /// <summary>The account statement's range when the page opens: the last full calendar month.</summary>
    public static (DateOnly From, DateOnly To) Default(DateOnly today) => Range(StatementPreset.LastMonth, today);

    /// <summary>
    /// The range of a preset. Ranges of the running month, quarter or year end today (the ledger has nothing later);
    /// last month is the whole month.
    /// </summary>
    public static (DateOnly From, DateOnly To) Range(StatementPreset preset, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            StatementPreset.ThisMonth => (month, today),
            StatementPreset.LastMonth => (month.AddMonths(-1), month.AddDays(-1)),
            StatementPreset.ThisQuarter => (QuarterStart(today), today),
            StatementPreset.ThisYear => (new DateOnly(today.Year, 1, 1), today),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        };
    }

    /// <summary>The years a rebate statement can be drawn for: this year and the two before, newest first.</summary>
    public static IReadOnlyList<int> RebateYears(DateOnly today) => [today.Year, today.Year - 1, today.Year - 2];

    /// <summary>A calendar year (quarter null) or one of its quarters (1–4).</summary>
    public static (DateOnly From, DateOnly To) RebatePeriod(int year, int? quarter)
    {
        if (quarter is null) return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        var from = new DateOnly(year, (quarter.Value - 1) * 3 + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>Whether a quarter has begun by today (later ones have nothing to show yet).</summary>
    public static bool HasStarted(int year, int quarter, DateOnly today) => RebatePeriod(year, quarter).From <= today;

    /// <summary>The quarter a day is in, 1–4.</summary>
    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, (QuarterOf(day) - 1) * 3 + 1, 1);
}
