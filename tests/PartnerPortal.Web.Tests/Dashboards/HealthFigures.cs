using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Dashboards;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>Hand-checked partner health figures, scored by the real calculator with the default weights (30/20/25/10/15).</summary>
internal static class HealthFigures
{
    /// <summary>
    /// Every factor applies. Growth +20% → 0.7 of 30 = 21; 5 of 6 months → 16.67 of 20; 10% overdue → 0.8 of 25 = 20;
    /// 3 of 4 courses → 7.5 of 10; 2 of 4 periods → 7.5 of 15. Sum 72.67 → score 73; points shown 21, 16.7, 20, 7.5, 7.5.
    /// </summary>
    public static readonly PartnerHealthInput Healthy = new(
        ShippedRecent: 120_000m, ShippedYearBefore: 100_000m, MonthsWithPurchases: 5, Balance: 50_000m, OverdueAmount: 5_000m,
        CoursesEnrolled: 4, CoursesPassed: 3, RebatePeriods: 4, RebatePeriodsWithTier: 2);

    /// <summary>
    /// No course assigned, so training hands its weight to the others (total 90): max points 33.3 / 22.2 / 27.8 / 0 / 16.7.
    /// Growth -50% → 0; 2 of 6 months → 7.41; 60% overdue → 0; 1 of 3 periods → 5.56. Sum 12.96 → score 13.
    /// </summary>
    public static readonly PartnerHealthInput AtRisk = new(
        ShippedRecent: 40_000m, ShippedYearBefore: 80_000m, MonthsWithPurchases: 2, Balance: 100_000m, OverdueAmount: 60_000m,
        CoursesEnrolled: 0, CoursesPassed: 0, RebatePeriods: 3, RebatePeriodsWithTier: 1);

    /// <summary>
    /// New partner: nothing a year before (growth earns everything, 1.0), 3 of 6 months, nothing owed, no course and no
    /// rebate period. Applying weights 30 + 20 + 25 = 75 → max 40 / 26.7 / 33.3: 40 + 13.33 + 33.33 = 86.67 → score 87.
    /// </summary>
    public static readonly PartnerHealthInput Newcomer = new(
        ShippedRecent: 10_000m, ShippedYearBefore: 0m, MonthsWithPurchases: 3, Balance: 0m, OverdueAmount: 0m,
        CoursesEnrolled: 0, CoursesPassed: 0, RebatePeriods: 0, RebatePeriodsWithTier: 0);

    public static PartnerHealthRow Row(int id, string code, string name, PartnerHealthInput input, int regionId = 1) => new(
        id, code, name, name + " Ltd", PartnerTier.Core, regionId, regionId == 1 ? "华东" : "华南", regionId == 1 ? "East" : "South",
        input, PartnerHealthCalculator.Calculate(input, PartnerHealthWeights.Default));
}
