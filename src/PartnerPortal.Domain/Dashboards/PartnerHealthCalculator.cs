namespace PartnerPortal.Domain.Dashboards;

/// <summary>
/// The partner health score: each factor's attainment (0 to 1) times its share of the weights that apply, on a
/// 100-point scale. The score is the exact sum rounded half away from zero to a whole number; each factor's points and
/// maximum are shown to one decimal, rounded the same way.
/// </summary>
public static class PartnerHealthCalculator
{
    /// <summary>Growth compares the last three full months with the same months a year earlier (seasons cancel out).</summary>
    public const int GrowthWindowMonths = 3;
    public const int RegularityWindowMonths = 6;
    public const int RebateWindowMonths = 12;

    /// <summary>A fall of this much or more earns nothing for growth…</summary>
    public const decimal GrowthFloor = -0.5m;
    /// <summary>…and a rise of this much or more earns everything; in between, points rise in a straight line.</summary>
    public const decimal GrowthCeiling = 0.5m;
    /// <summary>Half the balance overdue (or more) earns nothing for overdue exposure; none overdue earns everything.</summary>
    public const decimal OverdueShareAtZero = 0.5m;

    public static PartnerHealthScore Calculate(PartnerHealthInput input, PartnerHealthWeights weights)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weights);

        var measured = new[]
        {
            Growth(input),
            Regularity(input),
            Overdue(input),
            Share(HealthFactor.TrainingCompletion, input.CoursesPassed, input.CoursesEnrolled),
            Share(HealthFactor.RebateAttainment, input.RebatePeriodsWithTier, input.RebatePeriods),
        };
        var weightOf = measured.Select(m => m.Applies ? Math.Max(weights.Of(m.Factor), 0) : 0).ToArray();
        var totalWeight = weightOf.Sum();
        if (totalWeight == 0)
            return new PartnerHealthScore(0, measured.Select(m => new HealthFactorScore(m.Factor, m.Applies, m.Attainment, 0m, 0m, m.Measure)).ToList());

        var maxExact = weightOf.Select(w => 100m * w / totalWeight).ToArray();
        var earnedExact = measured.Select((m, i) => maxExact[i] * m.Attainment).ToArray();
        var score = (int)Math.Round(earnedExact.Sum(), MidpointRounding.AwayFromZero);

        return new PartnerHealthScore(score, measured.Select((m, i) =>
            new HealthFactorScore(m.Factor, m.Applies, m.Attainment, OneDecimal(earnedExact[i]), OneDecimal(maxExact[i]), m.Measure)).ToList());
    }

    private sealed record Measured(HealthFactor Factor, bool Applies, decimal Attainment, decimal? Measure);

    private static Measured Growth(PartnerHealthInput input)
    {
        // Nothing a year before: any purchase now is all growth, none is none.
        if (input.ShippedYearBefore <= 0)
            return new(HealthFactor.PurchaseGrowth, true, input.ShippedRecent > 0 ? 1m : 0m, null);
        var growth = (input.ShippedRecent - input.ShippedYearBefore) / input.ShippedYearBefore;
        var attainment = Clamp((growth - GrowthFloor) / (GrowthCeiling - GrowthFloor));
        return new(HealthFactor.PurchaseGrowth, true, attainment, growth);
    }

    private static Measured Regularity(PartnerHealthInput input)
    {
        var months = Math.Clamp(input.MonthsWithPurchases, 0, RegularityWindowMonths);
        return new(HealthFactor.OrderRegularity, true, (decimal)months / RegularityWindowMonths, months);
    }

    private static Measured Overdue(PartnerHealthInput input)
    {
        if (input.Balance <= 0 || input.OverdueAmount <= 0) return new(HealthFactor.OverdueExposure, true, 1m, 0m);
        var share = Math.Min(input.OverdueAmount / input.Balance, 1m);
        return new(HealthFactor.OverdueExposure, true, Clamp(1m - share / OverdueShareAtZero), share);
    }

    /// <summary>A share of things done; with nothing to do the factor does not apply (it neither helps nor hurts).</summary>
    private static Measured Share(HealthFactor factor, int done, int of)
    {
        if (of <= 0) return new(factor, false, 0m, null);
        var share = Clamp((decimal)Math.Clamp(done, 0, of) / of);
        return new(factor, true, share, share);
    }

    private static decimal Clamp(decimal value) => Math.Clamp(value, 0m, 1m);

    private static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
