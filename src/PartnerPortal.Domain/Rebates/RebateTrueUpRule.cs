using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// A settled period is never settled again (DESIGN rules 7 and 11): when its basis changes afterwards (a late shipment, a
/// changed line, a return), the period is recalculated under the version it was settled with and only the difference is
/// posted. A retroactive tier lost therefore claws back the whole rate on the whole volume, and a tier gained pays it.
/// </summary>
public static class RebateTrueUpRule
{
    /// <param name="scheme">The rules of the policy version the period was settled under.</param>
    /// <param name="basisNow">The period's basis as it stands today.</param>
    /// <param name="settled">What was settled for the period so far (the accrual plus earlier true-ups), in yuan.</param>
    /// <exception cref="ArgumentOutOfRangeException">What was settled is negative or not whole cents.</exception>
    public static RebateTrueUpDecision Decide(RebateScheme scheme, RebateBasisFigures basisNow, decimal settled)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(basisNow);
        if (settled < 0 || Money.Round(settled) != settled)
            throw new ArgumentOutOfRangeException(nameof(settled), settled, "What was settled is a non-negative amount in whole cents.");

        var recomputed = RebateCalculator.Calculate(scheme, basisNow);
        // Both amounts are whole cents, so the difference is exact: no second rounding.
        var difference = recomputed.Amount - settled;
        var kind = difference switch
        {
            > 0 => RebateTrueUpKind.TopUp,
            < 0 => RebateTrueUpKind.ClawBack,
            _ => RebateTrueUpKind.None,
        };
        return new RebateTrueUpDecision(kind, settled, recomputed, difference);
    }
}
