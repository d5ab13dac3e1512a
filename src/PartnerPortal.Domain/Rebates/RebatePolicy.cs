using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// One version of a tiered rebate policy. Versions of the same policy share its <see cref="Code"/>; once a
/// version is active its rules never change, so the accruals it produced stay explainable (DESIGN rule 7).
/// </summary>
public sealed class RebatePolicy : IAudited
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    /// <summary>RB-0001; the same for every version of the policy.</summary>
    public string Code { get; set; } = "";
    public int VersionNumber { get; set; } = 1;
    public string Name { get; set; } = "";
    public RebatePolicyStatus Status { get; set; }
    public RebatePeriodType PeriodType { get; set; }
    /// <summary>The first day of a period.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>The last day of a period.</summary>
    public DateOnly EndsOn { get; set; }

    public RebateBasis Basis { get; set; }
    public RebateMode Mode { get; set; }
    public RebateRateKind RateKind { get; set; }
    public IReadOnlyList<RebateTier> Tiers { get; set; } = [];
    public decimal? CapPerPeriod { get; set; }
    /// <summary>May pay on top of other policies covering the same partners and products.</summary>
    public bool Stackable { get; set; }

    public List<int> RegionIds { get; set; } = [];
    public RebatePartnerTarget PartnerTarget { get; set; }
    public List<PartnerTier> PartnerTiers { get; set; } = [];
    public List<int> PartnerIds { get; set; } = [];
    public RebateProductTarget ProductTarget { get; set; }
    public List<int> CategoryIds { get; set; } = [];
    public List<int> ProductIds { get; set; } = [];
    /// <summary>Categories left out of the product scope, e.g. because another policy pays on them.</summary>
    public List<int> ExcludedCategoryIds { get; set; } = [];
    /// <summary>Products (SKUs) left out of the product scope.</summary>
    public List<int> ExcludedProductIds { get; set; } = [];

    public string CreatedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ActivatedAt { get; set; }
    /// <summary>Raised by every change, so that two managers acting on the same version at once cannot both succeed.</summary>
    public int Version { get; set; }

    public RebateScheme Scheme => new(Basis, Mode, RateKind, Tiers, CapPerPeriod);

    /// <summary>Versions that produce accruals; a draft never does.</summary>
    public bool Accrues => Status != RebatePolicyStatus.Draft;

    public RebatePolicyDraft ToDraft() => new(Name, PeriodType, StartsOn, EndsOn, Basis, Mode, Tiers, CapPerPeriod, Stackable,
        RegionIds, PartnerTarget, PartnerTiers, PartnerIds, ProductTarget, CategoryIds, ProductIds)
    {
        ExcludedCategoryIds = ExcludedCategoryIds, ExcludedProductIds = ExcludedProductIds,
    };

    /// <summary>The products the version covers, as the rules that change it see them.</summary>
    public RebateProductScope ProductScope => new(ProductTarget, CategoryIds, ProductIds, ExcludedCategoryIds, ExcludedProductIds);
}
