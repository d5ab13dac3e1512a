using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>What an accrual or a true-up was worked out on: its policy version, period, partner and figures.</summary>
/// <param name="TrueUp">True for a true-up: <paramref name="BasisBefore"/> is then the basis it corrected.</param>
/// <param name="Amount">The accrual's rebate, or the true-up's difference (negative for a claw-back).</param>
/// <param name="SettledAt">When the accrual was settled, or when the true-up's previous settlement was made; null while open.</param>
public sealed record RebateBasisExplanation(
    int Id, bool TrueUp, string PolicyCode, int VersionNumber, string PolicyName, string PeriodLabel, DateOnly PeriodStart,
    DateOnly PeriodEnd, RebateBasis Basis, RebateMode Mode, RebateRateKind RateKind, IReadOnlyList<RebateTier> Tiers, decimal? CapPerPeriod,
    string PartnerCode, LocalName PartnerName, decimal BasisFigure, decimal? BasisBefore, int TierReached, decimal? Rate, decimal Amount,
    DateTimeOffset? SettledAt);
