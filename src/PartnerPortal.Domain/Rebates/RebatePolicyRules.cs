using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Rebates;

/// <summary>Validation of a policy version before it is saved, and the rule against overlapping policies.</summary>
public static class RebatePolicyRules
{
    public static RebateRateKind RateKindFor(RebateBasis basis) =>
        basis == RebateBasis.Quantity ? RebateRateKind.AmountPerUnit : RebateRateKind.Percent;

    public static IReadOnlyList<Problem> Validate(RebatePolicyDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(d.Name), d.Name, RebatePolicy.NameMaxLength);

        // Every period of a policy is a whole calendar period, so that partners are measured on like periods.
        if (d.StartsOn == default) problems.Add(new Problem(ProblemCodes.Required, nameof(d.StartsOn)));
        else if (!RebatePeriod.IsPeriodStart(d.PeriodType, d.StartsOn))
            problems.Add(new Problem(ProblemCodes.NotPeriodStart, nameof(d.StartsOn)));
        if (d.EndsOn == default) problems.Add(new Problem(ProblemCodes.Required, nameof(d.EndsOn)));
        else if (!RebatePeriod.IsPeriodEnd(d.PeriodType, d.EndsOn))
            problems.Add(new Problem(ProblemCodes.NotPeriodEnd, nameof(d.EndsOn)));
        else if (d.StartsOn != default && d.EndsOn < d.StartsOn)
            problems.Add(new Problem(ProblemCodes.EndBeforeStart, nameof(d.EndsOn)));
        // A policy running to 9999 would be cut into periods until then.
        if (d.StartsOn != default) DateRules.InRange(problems, nameof(d.StartsOn), d.StartsOn);
        if (d.EndsOn != default) DateRules.InRange(problems, nameof(d.EndsOn), d.EndsOn);

        if (d.RegionIds is null || d.RegionIds.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(d.RegionIds)));
        if (d.PartnerTarget == RebatePartnerTarget.Tiers && (d.PartnerTiers is null || d.PartnerTiers.Count == 0))
            problems.Add(new Problem(ProblemCodes.Required, nameof(d.PartnerTiers)));
        if (d.PartnerTarget == RebatePartnerTarget.Partners && (d.PartnerIds is null || d.PartnerIds.Count == 0))
            problems.Add(new Problem(ProblemCodes.Required, nameof(d.PartnerIds)));
        if (d.ProductTarget == RebateProductTarget.Categories && (d.CategoryIds is null || d.CategoryIds.Count == 0))
            problems.Add(new Problem(ProblemCodes.Required, nameof(d.CategoryIds)));
        if (d.ProductTarget == RebateProductTarget.Products && (d.ProductIds is null || d.ProductIds.Count == 0))
            problems.Add(new Problem(ProblemCodes.Required, nameof(d.ProductIds)));

        problems.AddRange(RebateSchemeRules.Validate(d.Scheme));
        return problems;
    }

    /// <summary>
    /// Whether two policies would pay the same purchases twice: their dates overlap, they share a partner and a
    /// product, and neither is marked stackable. The partner and product sets are the ones each policy resolves to.
    /// </summary>
    public static bool Conflict(PolicyCoverage a, PolicyCoverage b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Stackable || b.Stackable) return false;
        if (a.EndsOn < b.StartsOn || b.EndsOn < a.StartsOn) return false;
        return a.PartnerIds.Overlaps(b.PartnerIds) && a.ProductIds.Overlaps(b.ProductIds);
    }
}

/// <summary>The days, partners and products a policy version covers.</summary>
public sealed record PolicyCoverage(DateOnly StartsOn, DateOnly EndsOn, bool Stackable, IReadOnlySet<int> PartnerIds, IReadOnlySet<int> ProductIds);
