using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Web.Components.Rebates;

/// <summary>The rebate policy editor's bindable values; <see cref="ToDraft"/> gives what the rules and the service check.</summary>
public sealed class RebatePolicyForm
{
    public string Name { get; set; } = "";
    public RebatePeriodType PeriodType { get; set; } = RebatePeriodType.Quarter;
    // MudDatePicker binds DateTime?; the draft carries DateOnly.
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public RebateBasis Basis { get; set; } = RebateBasis.NetAmount;
    public RebateMode Mode { get; set; } = RebateMode.Retroactive;
    public List<TierForm> Tiers { get; set; } = [new()];
    public decimal? CapPerPeriod { get; set; }
    public bool Stackable { get; set; }
    public IReadOnlyCollection<int> RegionIds { get; set; } = [];
    public RebatePartnerTarget PartnerTarget { get; set; } = RebatePartnerTarget.Regions;
    public IReadOnlyCollection<PartnerTier> PartnerTiers { get; set; } = [];
    /// <summary>The chosen partners with their names, for the chips.</summary>
    public List<RebateOption> Partners { get; set; } = [];
    public RebateProductTarget ProductTarget { get; set; } = RebateProductTarget.All;
    public IReadOnlyCollection<int> CategoryIds { get; set; } = [];
    public List<RebateOption> Products { get; set; } = [];
    public IReadOnlyCollection<int> ExcludedCategoryIds { get; set; } = [];
    public List<RebateOption> ExcludedProducts { get; set; } = [];

    public RebateRateKind RateKind => RebatePolicyRules.RateKindFor(Basis);

    /// <summary>A new policy: a year of periods from the current one, in all of the manager's regions when there is only one.</summary>
    public static RebatePolicyForm New(DateOnly today, IReadOnlyList<RebateOption> regions)
    {
        var first = RebatePeriod.Containing(RebatePeriodType.Quarter, today);
        return new RebatePolicyForm
        {
            StartsOn = first.Start.ToDateTime(TimeOnly.MinValue),
            EndsOn = first.Start.AddYears(1).AddDays(-1).ToDateTime(TimeOnly.MinValue),
            RegionIds = regions.Count == 1 ? [regions[0].Id] : [],
        };
    }

    public static RebatePolicyForm From(RebatePolicyDetail detail)
    {
        var d = detail.Draft;
        return new RebatePolicyForm
        {
            Name = d.Name, PeriodType = d.PeriodType, StartsOn = Day(d.StartsOn), EndsOn = Day(d.EndsOn), Basis = d.Basis, Mode = d.Mode,
            Tiers = d.Tiers.Select(t => new TierForm { Threshold = t.Threshold, Rate = t.Rate }).ToList(),
            CapPerPeriod = d.CapPerPeriod, Stackable = d.Stackable, RegionIds = d.RegionIds.ToList(),
            PartnerTarget = d.PartnerTarget, PartnerTiers = d.PartnerTiers.ToList(), Partners = detail.Partners.ToList(),
            ProductTarget = d.ProductTarget, CategoryIds = d.CategoryIds.ToList(), Products = detail.Products.ToList(),
            ExcludedCategoryIds = d.ExcludedCategoryIds.ToList(), ExcludedProducts = detail.ExcludedProducts.ToList(),
        };
    }

    /// <summary>The draft, with only the lists its targets use: a partner list left over from another target is not sent.</summary>
    public RebatePolicyDraft ToDraft() => new(
        Name.Trim(), PeriodType, Date(StartsOn), Date(EndsOn), Basis, Mode,
        Tiers.Select(t => new RebateTier(t.Threshold, t.Rate)).ToList(), CapPerPeriod, Stackable, RegionIds.ToList(),
        PartnerTarget,
        PartnerTarget == RebatePartnerTarget.Tiers ? PartnerTiers.ToList() : [],
        PartnerTarget == RebatePartnerTarget.Partners ? Partners.Select(p => p.Id).ToList() : [],
        ProductTarget,
        ProductTarget == RebateProductTarget.Categories ? CategoryIds.ToList() : [],
        ProductTarget == RebateProductTarget.Products ? Products.Select(p => p.Id).ToList() : [])
    {
        ExcludedCategoryIds = ExcludedCategoryIds.ToList(),
        ExcludedProductIds = ExcludedProducts.Select(p => p.Id).ToList(),
    };

    private static DateTime? Day(DateOnly day) => day == default ? null : day.ToDateTime(TimeOnly.MinValue);

    private static DateOnly Date(DateTime? day) => day is { } d ? DateOnly.FromDateTime(d) : default;
}
