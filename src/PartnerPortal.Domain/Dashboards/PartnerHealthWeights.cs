namespace PartnerPortal.Domain.Dashboards;

/// <summary>
/// How much each factor counts in the health score. Relative weights: they need not add up to 100, a factor with
/// weight 0 is left out, and a factor that does not apply to a partner hands its share to the others.
/// </summary>
public sealed record PartnerHealthWeights(int PurchaseGrowth, int OrderRegularity, int OverdueExposure, int TrainingCompletion,
    int RebateAttainment)
{
    public const int MaxWeight = 1000;

    /// <summary>Growth and paying on time count most; training and rebates round the picture off.</summary>
    public static PartnerHealthWeights Default { get; } = new(30, 20, 25, 10, 15);

    public int Of(HealthFactor factor) => factor switch
    {
        HealthFactor.PurchaseGrowth => PurchaseGrowth,
        HealthFactor.OrderRegularity => OrderRegularity,
        HealthFactor.OverdueExposure => OverdueExposure,
        HealthFactor.TrainingCompletion => TrainingCompletion,
        HealthFactor.RebateAttainment => RebateAttainment,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };

    /// <summary>
    /// What is wrong with the weights, for the operator who set them (they come from configuration, so the messages name
    /// the setting): each between 0 and <see cref="MaxWeight"/>, at least one above 0.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = Enum.GetValues<HealthFactor>().Where(f => Of(f) is < 0 or > MaxWeight)
            .Select(f => $"{f} must be between 0 and {MaxWeight} (is {Of(f)}).").ToList();
        if (problems.Count == 0 && Enum.GetValues<HealthFactor>().All(f => Of(f) == 0))
            problems.Add("At least one weight must be above 0.");
        return problems;
    }
}
