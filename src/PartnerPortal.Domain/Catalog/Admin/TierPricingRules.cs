using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>Validation of tier discounts and explicit tier prices.</summary>
public static class TierPricingRules
{
    public const decimal MinDiscountPercent = 0m;
    public const decimal MaxDiscountPercent = 100m;

    /// <summary>The field a tier's discount is reported under, e.g. "StrategicDiscount".</summary>
    public static string DiscountField(PartnerTier tier) => $"{tier}Discount";

    /// <summary>Each discount between 0 and 100 with at most 2 decimals; each tier at most once.</summary>
    public static IReadOnlyList<Problem> ValidateDiscounts(IReadOnlyList<TierDiscountDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var problems = new List<Problem>();
        foreach (var group in drafts.GroupBy(d => d.Tier))
        {
            if (!Enum.IsDefined(group.Key))
            {
                problems.Add(new Problem(ProblemCodes.NotFound, "Tier"));
                continue;
            }
            var field = DiscountField(group.Key);
            if (group.Count() > 1)
            {
                problems.Add(new Problem(ProblemCodes.Duplicate, field, group.Key.ToString()));
                continue;
            }
            var percent = group.Single().DiscountPercent;
            if (percent is < MinDiscountPercent or > MaxDiscountPercent)
                problems.Add(new Problem(ProblemCodes.OutOfRange, field, MinDiscountPercent, MaxDiscountPercent));
            else if (Money.Round(percent) != percent)
                problems.Add(new Problem(ProblemCodes.TooManyDecimals, field, Money.Decimals));
        }
        return problems;
    }

    /// <param name="draft">The price to add or change.</param>
    /// <param name="productExists">Whether the product is stored.</param>
    public static IReadOnlyList<Problem> ValidatePrice(TierPriceDraft draft, bool productExists)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Problem>();
        if (!Enum.IsDefined(draft.Tier)) problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.Tier)));
        if (draft.ProductId <= 0) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.ProductId)));
        else if (!productExists) problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.ProductId)));
        ProductRules.Price(problems, nameof(draft.Price), draft.Price);
        return problems;
    }
}
