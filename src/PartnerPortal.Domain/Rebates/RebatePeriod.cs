using System.Globalization;

namespace PartnerPortal.Domain.Rebates;

/// <summary>One calendar month, quarter or year, from its first to its last day, both included.</summary>
public readonly record struct RebatePeriod(RebatePeriodType Type, DateOnly Start, DateOnly End)
{
    private static int Months(RebatePeriodType type) => type switch
    {
        RebatePeriodType.Month => 1,
        RebatePeriodType.Quarter => 3,
        RebatePeriodType.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown period type."),
    };

    /// <summary>The period of the given type that contains the day.</summary>
    public static RebatePeriod Containing(RebatePeriodType type, DateOnly day)
    {
        var months = Months(type);
        var firstMonth = (day.Month - 1) / months * months + 1;
        var start = new DateOnly(day.Year, firstMonth, 1);
        return new RebatePeriod(type, start, start.AddMonths(months).AddDays(-1));
    }

    public static bool IsPeriodStart(RebatePeriodType type, DateOnly day) => Containing(type, day).Start == day;

    public static bool IsPeriodEnd(RebatePeriodType type, DateOnly day) => Containing(type, day).End == day;

    /// <summary>The periods from the one containing <paramref name="from"/> to the one containing <paramref name="to"/>.</summary>
    public static IEnumerable<RebatePeriod> Between(RebatePeriodType type, DateOnly from, DateOnly to)
    {
        for (var p = Containing(type, from); p.Start <= to; p = p.Next()) yield return p;
    }

    public RebatePeriod Next() => Containing(Type, End.AddDays(1));

    public RebatePeriod Previous() => Containing(Type, Start.AddDays(-1));

    /// <summary>A period is closed, and can be settled, once its last day is over.</summary>
    public bool IsClosedOn(DateOnly today) => End < today;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>"2026-10", "2026-Q4" or "2026": the same in every language, and sortable.</summary>
    public string Label => Type switch
    {
        RebatePeriodType.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        RebatePeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}"),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public override string ToString() => Label;
}
