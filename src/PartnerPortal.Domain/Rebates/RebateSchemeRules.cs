using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// Validation of a rebate scheme before it is saved. The calculator relies on these rules: tiers in strictly
/// increasing order are what make "the highest tier reached" and the incremental bands well defined.
/// </summary>
public static class RebateSchemeRules
{
    public const decimal MaxPercent = 100m;

    public static IReadOnlyList<Problem> Validate(RebateScheme s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var problems = new List<Problem>();

        if (s.Tiers is null || s.Tiers.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.Required, nameof(s.Tiers)));
        }
        else
        {
            for (var i = 0; i < s.Tiers.Count; i++)
            {
                var tier = s.Tiers[i];
                var threshold = $"{nameof(s.Tiers)}[{i}].{nameof(RebateTier.Threshold)}";
                if (tier.Threshold < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, threshold));
                else if (i > 0 && tier.Threshold <= s.Tiers[i - 1].Threshold) problems.Add(new Problem(ProblemCodes.ThresholdsNotIncreasing, threshold));

                var rate = $"{nameof(s.Tiers)}[{i}].{nameof(RebateTier.Rate)}";
                if (tier.Rate < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, rate));
                else if (s.RateKind == RebateRateKind.Percent && tier.Rate > MaxPercent)
                    problems.Add(new Problem(ProblemCodes.OutOfRange, rate, 0m, MaxPercent));
            }
        }

        // Yuan per unit of a net amount would pay per yuan bought, which no scheme means.
        if (s.RateKind == RebateRateKind.AmountPerUnit && s.Basis != RebateBasis.Quantity)
            problems.Add(new Problem(ProblemCodes.RateKindNeedsQuantity, nameof(s.RateKind)));
        // A percent of units would pay yuan for a count, which no scheme means either.
        if (s.RateKind == RebateRateKind.Percent && s.Basis != RebateBasis.NetAmount)
            problems.Add(new Problem(ProblemCodes.RateKindNeedsAmount, nameof(s.RateKind)));

        if (s.CapPerPeriod is <= 0m) problems.Add(new Problem(ProblemCodes.AmountNotPositive, nameof(s.CapPerPeriod)));
        // A cap is money: in whole fen, or the capped amount would carry fractions of a cent.
        else if (s.CapPerPeriod is { } cap && cap != Pricing.Money.Round(cap))
            problems.Add(new Problem(ProblemCodes.TooManyDecimals, nameof(s.CapPerPeriod), Pricing.Money.Decimals));
        return problems;
    }
}
