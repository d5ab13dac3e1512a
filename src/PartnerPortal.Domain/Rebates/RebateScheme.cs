namespace PartnerPortal.Domain.Rebates;

/// <summary>A tiered rebate policy; check it with <see cref="RebateSchemeRules.Validate"/> before saving or using it.</summary>
/// <param name="Tiers">Ordered by strictly increasing threshold.</param>
/// <param name="CapPerPeriod">The most one partner can earn in one period, or null for no limit.</param>
public sealed record RebateScheme(
    RebateBasis Basis,
    RebateMode Mode,
    RebateRateKind RateKind,
    IReadOnlyList<RebateTier> Tiers,
    decimal? CapPerPeriod);
