using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// A partner's tiered rebate for one period, and what reaching the next tier would add. A basis of zero or
/// less (returns exceeding purchases) earns nothing rather than a negative rebate: rebates are paid, never
/// clawed back, by this calculation.
/// </summary>
public static class RebateCalculator
{
    /// <exception cref="ArgumentException">The scheme does not pass <see cref="RebateSchemeRules.Validate"/>.</exception>
    public static RebateResult Calculate(RebateScheme scheme, RebateBasisFigures figures)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(figures);
        var problems = RebateSchemeRules.Validate(scheme);
        if (problems.Count > 0)
            throw new ArgumentException($"The rebate scheme is invalid: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}"))}.", nameof(scheme));

        var basis = scheme.Basis switch
        {
            RebateBasis.NetAmount => figures.NetAmount,
            RebateBasis.Quantity => figures.Quantity,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme.Basis, "Unknown rebate basis."),
        };

        var reached = TierReached(scheme.Tiers, basis);
        var uncapped = Uncapped(scheme, basis, reached);
        var amount = Capped(scheme, uncapped);

        NextTierHint? next = null;
        if (reached < scheme.Tiers.Count)
        {
            var nextTier = scheme.Tiers[reached];
            var uncappedAtNext = Uncapped(scheme, nextTier.Threshold, TierReached(scheme.Tiers, nextTier.Threshold));
            var atNext = Capped(scheme, uncappedAtNext);
            var additional = atNext - amount;
            next = new NextTierHint(nextTier.Threshold - basis, nextTier.Rate, atNext, additional,
                Gain(scheme, amount, additional, atNext < uncappedAtNext, nextTier));
        }

        return new RebateResult(
            basis,
            reached,
            reached == 0 ? null : scheme.Tiers[reached - 1].Rate,
            amount,
            amount < uncapped,
            uncapped,
            next);
    }

    /// <summary>
    /// Which sentence about the next tier is true. The cap comes first: once the rebate stands at it, nothing bought adds
    /// anything. An incremental band pays its rate only beyond its threshold, so reaching the threshold can add nothing
    /// (below the first tier nothing is earned on the way there) while the purchases after it still earn the next rate.
    /// </summary>
    private static NextTierGain Gain(RebateScheme scheme, decimal amount, decimal additional, bool capBindsAtNext, RebateTier nextTier)
    {
        if (scheme.CapPerPeriod is { } cap && amount >= cap) return NextTierGain.CapAlreadyReached;
        if (additional > 0) return capBindsAtNext ? NextTierGain.RaisesUpToCap : NextTierGain.Raises;
        if (nextTier.Rate > 0 && (scheme.Mode == RebateMode.Incremental || nextTier.Threshold == 0)) return NextTierGain.PaidAboveThreshold;
        return NextTierGain.None;
    }

    /// <summary>
    /// The 1-based index of the highest tier whose threshold the basis reaches (exactly counts), or 0. A basis of
    /// zero or less reaches none, even a tier from 0, so that nothing is earned on it.
    /// </summary>
    private static int TierReached(IReadOnlyList<RebateTier> tiers, decimal basis)
    {
        if (basis <= 0) return 0;
        var reached = 0;
        while (reached < tiers.Count && basis >= tiers[reached].Threshold) reached++;
        return reached;
    }

    /// <summary>The rebate before the cap, rounded once to the cent.</summary>
    private static decimal Uncapped(RebateScheme scheme, decimal basis, int reached)
    {
        if (reached == 0) return 0m;
        var perRate = scheme.RateKind switch
        {
            RebateRateKind.Percent => 0.01m,
            RebateRateKind.AmountPerUnit => 1m,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme.RateKind, "Unknown rebate rate kind."),
        };

        switch (scheme.Mode)
        {
            case RebateMode.Retroactive:
                return Money.Round(basis * scheme.Tiers[reached - 1].Rate * perRate);
            case RebateMode.Incremental:
                // Bands are summed unrounded: rounding each would let the total drift from the rate table by cents.
                var sum = 0m;
                for (var i = 0; i < reached; i++)
                {
                    var top = i + 1 < reached ? scheme.Tiers[i + 1].Threshold : basis;
                    sum += (top - scheme.Tiers[i].Threshold) * scheme.Tiers[i].Rate * perRate;
                }
                return Money.Round(sum);
            default:
                throw new ArgumentOutOfRangeException(nameof(scheme), scheme.Mode, "Unknown rebate mode.");
        }
    }

    private static decimal Capped(RebateScheme scheme, decimal amount) =>
        scheme.CapPerPeriod is { } cap && amount > cap ? cap : amount;
}
