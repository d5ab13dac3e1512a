using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Web.Components.Shared;
using static PartnerPortal.Web.Components.Dashboards.ManagerDashboardFormat;

namespace PartnerPortal.Web.Components.Dashboards;

/// <summary>
/// Explains a partner's health score in words, factor by factor, from the figures the calculator was given and what it
/// measured (see <see cref="PartnerHealthCalculator"/>). Wording only: every number comes from the score or the input.
/// </summary>
public static class HealthText
{
    /// <summary>Points as the calculator gives them, to one decimal, without a needless ".0": "21", "16.7".</summary>
    public static string Points(decimal points) => points.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>"Purchase growth 21/30", "Order regularity 16.7/20", or "Training completion —" when the factor does not apply.</summary>
    public static string Points(IStringLocalizer localizer, HealthFactorScore factor) =>
        factor.Applies
            ? $"{localizer.Of(factor.Factor)} {Points(factor.Points)}/{Points(factor.MaxPoints)}"
            : $"{localizer.Of(factor.Factor)} —";

    /// <summary>
    /// One line per factor: "Purchase growth: ¥120,000.00 in the last 3 months vs ¥100,000.00 a year earlier (+20.0%) →
    /// 21 of 30 points", or "Training completion: does not apply (no course assigned)".
    /// </summary>
    public static string Line(IStringLocalizer localizer, HealthFactorScore factor, PartnerHealthInput input)
    {
        var name = localizer.Of(factor.Factor);
        var what = Measured(localizer, factor, input);
        if (!factor.Applies) return localizer["{0}: {1}", name, what];
        var earned = factor.MaxPoints == 0
            ? localizer["not counted (weight 0)"].Value
            : localizer["{0} of {1} points", Points(factor.Points), Points(factor.MaxPoints)].Value;
        return localizer["{0}: {1} → {2}", name, what, earned];
    }

    /// <summary>What was measured for one factor, in a phrase.</summary>
    public static string Measured(IStringLocalizer localizer, HealthFactorScore factor, PartnerHealthInput input) => factor.Factor switch
    {
        HealthFactor.PurchaseGrowth => Growth(localizer, factor, input),
        HealthFactor.OrderRegularity => localizer["bought in {0} of the last {1} months",
            (int)(factor.Measure ?? Math.Clamp(input.MonthsWithPurchases, 0, PartnerHealthCalculator.RegularityWindowMonths)),
            PartnerHealthCalculator.RegularityWindowMonths],
        HealthFactor.OverdueExposure => factor.Measure is > 0m
            ? localizer["{0} of the balance is overdue ({1} of {2})", Percent(factor.Measure.Value), Money(input.OverdueAmount), Money(input.Balance)]
            : localizer["nothing is overdue"],
        HealthFactor.TrainingCompletion => factor.Applies
            ? localizer["{0} of {1} courses passed", Math.Clamp(input.CoursesPassed, 0, input.CoursesEnrolled), input.CoursesEnrolled]
            : localizer["does not apply (no course assigned)"],
        HealthFactor.RebateAttainment => factor.Applies
            ? localizer["a tier reached in {0} of {1} periods", Math.Clamp(input.RebatePeriodsWithTier, 0, input.RebatePeriods), input.RebatePeriods]
            : localizer["does not apply (no rebate period ended in the last {0} months)", PartnerHealthCalculator.RebateWindowMonths],
        _ => "",
    };

    private static string Growth(IStringLocalizer localizer, HealthFactorScore factor, PartnerHealthInput input)
    {
        var months = PartnerHealthCalculator.GrowthWindowMonths;
        if (factor.Measure is { } growth)
            return localizer["{0} in the last {1} months vs {2} a year earlier ({3})",
                Money(input.ShippedRecent), months, Money(input.ShippedYearBefore), SignedPercent(growth)];
        return input.ShippedRecent > 0
            ? localizer["{0} in the last {1} months, nothing a year earlier", Money(input.ShippedRecent), months]
            : localizer["nothing shipped in the last {0} months, nor a year earlier", months];
    }
}
