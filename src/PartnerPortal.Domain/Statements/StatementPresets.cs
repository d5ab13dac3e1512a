namespace PartnerPortal.Domain.Statements;

/// <summary>
/// The date ranges of the statement presets, counted from today in the portal's time zone as the injected clock tells it.
/// An account statement of a running period ends today, as the ledger holds nothing later; a rebate statement takes
/// whole periods, as it lists the rebate periods that start in the range.
/// </summary>
public sealed class StatementPresets(TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The account statement's range: a running month, quarter or year up to today; a past one whole.</summary>
    public StatementDateRange Account(StatementPreset preset)
    {
        var today = Today;
        var whole = Whole(preset, today);
        return whole.To > today ? whole with { To = today } : whole;
    }

    /// <summary>The rebate statement's range: the whole month, quarter or year.</summary>
    public StatementDateRange Rebate(StatementPreset preset) => Whole(preset, Today);

    /// <summary>The whole calendar period a preset names, for the given day.</summary>
    public static StatementDateRange Whole(StatementPreset preset, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        return preset switch
        {
            StatementPreset.ThisMonth => new(month, month.AddMonths(1).AddDays(-1)),
            StatementPreset.LastMonth => new(month.AddMonths(-1), month.AddDays(-1)),
            StatementPreset.ThisQuarter => new(quarter, quarter.AddMonths(3).AddDays(-1)),
            StatementPreset.LastQuarter => new(quarter.AddMonths(-3), quarter.AddDays(-1)),
            StatementPreset.ThisYear => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown statement preset."),
        };
    }
}
