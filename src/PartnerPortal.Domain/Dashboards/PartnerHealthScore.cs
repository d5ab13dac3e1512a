namespace PartnerPortal.Domain.Dashboards;

/// <summary>A partner's health at a glance: 70 and above is healthy, below 40 needs attention.</summary>
public enum HealthBand
{
    AtRisk,
    Watch,
    Healthy,
}

/// <summary>
/// One factor's part of the score. <see cref="Attainment"/> is how well the partner does on it (0 to 1);
/// <see cref="Points"/> of <see cref="MaxPoints"/> (one decimal) is what that earns. A factor that does not apply earns and offers 0.
/// </summary>
/// <param name="Measure">What was measured, for the explanation: the growth as a fraction (null when there was nothing a
/// year before), the months with purchases, the overdue share of the balance, or the share of courses passed or rebate
/// periods with a tier; null when the factor does not apply.</param>
public sealed record HealthFactorScore(HealthFactor Factor, bool Applies, decimal Attainment, decimal Points, decimal MaxPoints, decimal? Measure);

/// <summary>A score from 0 to 100 and how each factor contributed (the points add up to the score before rounding).</summary>
public sealed record PartnerHealthScore(int Score, IReadOnlyList<HealthFactorScore> Factors)
{
    public const int HealthyFrom = 70;
    public const int WatchFrom = 40;

    public HealthBand Band => Score >= HealthyFrom ? HealthBand.Healthy : Score >= WatchFrom ? HealthBand.Watch : HealthBand.AtRisk;

    public HealthFactorScore this[HealthFactor factor] => Factors.First(f => f.Factor == factor);
}
