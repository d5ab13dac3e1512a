using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Rebates;

namespace PartnerPortal.Web.Components.Dashboards;

/// <summary>How the dealer's and the trainee's home pages lay out their figures: display only, every figure comes from a service.</summary>
public static class PartnerHomeFormat
{
    /// <summary>
    /// The share of <paramref name="part"/> in <paramref name="whole"/> in percent (0 to 100), for drawing a gauge or a
    /// progress bar only: MudBlazor's progress components take a double. Money itself stays decimal everywhere else.
    /// </summary>
    public static double Percent(decimal part, decimal whole)
    {
        if (whole <= 0m) return part > 0m ? 100 : 0;
        if (part <= 0m) return 0;
        return Math.Clamp((double)(part / whole * 100m), 0, 100);
    }

    /// <summary>How far a rebate's basis is towards its next threshold (basis + more needed); full at the top tier.</summary>
    public static double RebatePercent(MyRebateProgress progress) =>
        progress.NextThreshold is { } next ? Percent(progress.BasisSoFar, next) : 100;

    /// <summary>"¥38,200.00 more to reach 3%", "120 more units to reach ¥3.00 / unit" or "Top tier reached".</summary>
    public static string RebateHint(IStringLocalizer localizer, MyRebateProgress progress)
    {
        if (progress.Next is not { MoreNeeded: var more, NextRate: var rate }) return localizer["Top tier reached"];
        var next = MyRebateFormat.Rate(localizer, progress.RateKind, rate);
        return progress.Basis == RebateBasis.Quantity
            ? localizer["{0} more units to reach {1}", MyRebateFormat.Number(more), next]
            : localizer["{0} more to reach {1}", more.ToString("C", CultureInfo.CurrentCulture), next];
    }

    /// <summary>The reader's abbreviated month names, January first: "Jan" … "Dec", "1月" … "12月".</summary>
    public static string[] MonthLabels() => CultureInfo.CurrentCulture.DateTimeFormat.AbbreviatedMonthNames.Take(12).ToArray();

    /// <summary>Twelve values, one a month, with nothing for the months the list leaves out. Placement only, no arithmetic.</summary>
    public static decimal[] ByMonth(IEnumerable<MonthlyAmount> amounts)
    {
        var months = new decimal[12];
        foreach (var amount in amounts)
        {
            if (amount.Month is >= 1 and <= 12) months[amount.Month - 1] = amount.Amount;
        }
        return months;
    }

    /// <summary>
    /// A round spacing for a chart's value axis (1, 2 or 5 times a power of ten) that gives about four lines up to
    /// <paramref name="max"/>: "100,000" rather than "81,920". For drawing only.
    /// </summary>
    public static int AxisStep(decimal max)
    {
        var raw = max / 4m;
        if (raw <= 1m) return 1;
        var magnitude = 1m;
        while (magnitude * 10m <= raw) magnitude *= 10m;
        var step = raw <= magnitude ? magnitude : raw <= 2m * magnitude ? 2m * magnitude : raw <= 5m * magnitude ? 5m * magnitude : 10m * magnitude;
        return step >= int.MaxValue ? int.MaxValue : (int)step;
    }

    /// <summary>
    /// A value-axis label short enough for a phone: "200K" and "1.2M" in English, "20万" and "1.5亿" in Chinese (the units
    /// Chinese readers count money in). For drawing only: the axis hands over doubles.
    /// </summary>
    public static string AxisLabel(double value)
    {
        var culture = CultureInfo.CurrentCulture;
        var size = Math.Abs(value);
        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return size >= 1e8 ? (value / 1e8).ToString("0.#", culture) + "亿"
                : size >= 1e4 ? (value / 1e4).ToString("0.#", culture) + "万"
                : value.ToString("N0", culture);
        }
        return size >= 1e6 ? (value / 1e6).ToString("0.#", culture) + "M"
            : size >= 1e3 ? (value / 1e3).ToString("0.#", culture) + "K"
            : value.ToString("N0", culture);
    }

    /// <summary>
    /// A learner's assigned courses not yet passed, counted the way the dealer's dashboard counts them: not yet due (or
    /// without a due date), past the due date, and the next due date still ahead.
    /// </summary>
    public static CoursesDue CoursesDue(IEnumerable<CourseCard> assigned, DateOnly today)
    {
        var open = assigned.Where(c => c.State != LearnerCourseState.Passed).ToList();
        var overdue = open.Count(c => c.Overdue(today));
        var next = open.Where(c => c.DueOn is { } due && due >= today).Select(c => c.DueOn).Min();
        return new CoursesDue(open.Count - overdue, overdue, next);
    }
}
