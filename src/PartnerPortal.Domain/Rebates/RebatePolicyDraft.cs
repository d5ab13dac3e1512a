using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Rebates;

/// <summary>What a manager enters for a policy version; checked by <see cref="RebatePolicyRules.Validate"/>.</summary>
public sealed record RebatePolicyDraft(
    string Name,
    RebatePeriodType PeriodType,
    DateOnly StartsOn,
    DateOnly EndsOn,
    RebateBasis Basis,
    RebateMode Mode,
    IReadOnlyList<RebateTier> Tiers,
    decimal? CapPerPeriod,
    bool Stackable,
    IReadOnlyList<int> RegionIds,
    RebatePartnerTarget PartnerTarget,
    IReadOnlyList<PartnerTier> PartnerTiers,
    IReadOnlyList<int> PartnerIds,
    RebateProductTarget ProductTarget,
    IReadOnlyList<int> CategoryIds,
    IReadOnlyList<int> ProductIds)
{
    /// <summary>A percent of the amount for an amount basis, yuan per unit for a quantity basis.</summary>
    public RebateRateKind RateKind => RebatePolicyRules.RateKindFor(Basis);

    public RebateScheme Scheme => new(Basis, Mode, RateKind, Tiers, CapPerPeriod);

    /// <summary>Categories left out of the product scope, whatever its target.</summary>
    public IReadOnlyList<int> ExcludedCategoryIds { get; init; } = [];

    /// <summary>Products (SKUs) left out of the product scope, whatever its target.</summary>
    public IReadOnlyList<int> ExcludedProductIds { get; init; } = [];

    public RebateProductScope ProductScope => new(ProductTarget, CategoryIds, ProductIds, ExcludedCategoryIds, ExcludedProductIds);
}
