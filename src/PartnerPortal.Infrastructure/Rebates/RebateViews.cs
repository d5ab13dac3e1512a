using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>A policy version in the managers' list.</summary>
public sealed record RebatePolicyRow(
    int Id, string Code, int VersionNumber, string Name, RebatePolicyStatus Status, RebatePeriodType PeriodType,
    DateOnly StartsOn, DateOnly EndsOn, RebateBasis Basis, RebateMode Mode, int TierCount, bool Stackable, bool CanManage);

/// <summary>One choice in a picker: a region, category, partner or product.</summary>
public sealed record RebateOption(int Id, string Code, string Name, string NameEn);

/// <summary>What the policy editor offers: the caller's regions and the product categories.</summary>
public sealed record RebateEditorOptions(IReadOnlyList<RebateOption> Regions, IReadOnlyList<RebateOption> Categories);

/// <summary>Another version of the same policy.</summary>
public sealed record RebateVersionLink(int Id, int VersionNumber, RebatePolicyStatus Status, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>The accruals of one period of a policy version, summed.</summary>
public sealed record RebatePeriodSummary(
    DateOnly Start, DateOnly End, string Label, int Partners, int PartnersEarning, decimal Accrued,
    int Settled, bool Closed)
{
    /// <summary>Every accrual of the period is settled.</summary>
    public bool FullySettled => Partners > 0 && Settled == Partners;
}

/// <summary>A policy version with everything its page shows.</summary>
public sealed record RebatePolicyDetail(
    int Id, string Code, int VersionNumber, RebatePolicyStatus Status, RebatePolicyDraft Draft, RebateRateKind RateKind,
    IReadOnlyList<RebateOption> Regions, IReadOnlyList<RebateOption> Partners, IReadOnlyList<RebateOption> Categories,
    IReadOnlyList<RebateOption> Products, bool CanManage, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt,
    IReadOnlyList<RebateVersionLink> Versions, IReadOnlyList<RebatePeriodSummary> Periods)
{
    /// <summary>Categories left out of the product scope.</summary>
    public IReadOnlyList<RebateOption> ExcludedCategories { get; init; } = [];

    /// <summary>Products (SKUs) left out of the product scope.</summary>
    public IReadOnlyList<RebateOption> ExcludedProducts { get; init; } = [];

    /// <summary>The periods the cost can be previewed for, newest first (<see cref="RebatePreviewPeriods"/>).</summary>
    public IReadOnlyList<RebatePreviewPeriod> PreviewPeriods { get; init; } = [];

    /// <summary>The first day of the period previewed unless another is picked: the last complete one.</summary>
    public DateOnly? DefaultPreviewStart { get; init; }

    /// <summary>For a draft revision: the first day it may start on (<see cref="RebateRevisionRules.EarliestStart"/>).</summary>
    public DateOnly? EarliestRevisionStart { get; init; }
}

/// <summary>A period the cost of a version can be previewed for; a running one shows the purchases so far.</summary>
public sealed record RebatePreviewPeriod(DateOnly Start, DateOnly End, string Label, bool Running);

/// <summary>What one partner would have earned in the preview period.</summary>
public sealed record RebatePreviewRow(
    int PartnerId, string PartnerCode, LocalName PartnerName, PartnerTier Tier, decimal Basis, int TierReached, decimal? Rate,
    decimal Amount, bool Capped);

/// <summary>A version's rules applied to one period's shipments: what it would cost, nothing saved.</summary>
public sealed record RebatePreview(string PeriodLabel, DateOnly Start, DateOnly End, IReadOnlyList<RebatePreviewRow> Rows)
{
    /// <summary>The period has not ended: the figures are the purchases so far.</summary>
    public bool Running { get; init; }

    public decimal TotalAmount => Rows.Sum(r => r.Amount);
    public int PartnersEarning => Rows.Count(r => r.Amount > 0);
}

/// <summary>One partner's accrual in a period, for the policy page.</summary>
public sealed record RebateAccrualRow(
    int Id, int PartnerId, string PartnerCode, LocalName PartnerName, decimal Basis, int TierReached, decimal? Rate, decimal Amount,
    bool Capped, decimal? MoreNeeded, DateTimeOffset? SettledAt, string? CreditNoteNumber);

/// <summary>The result of a recalculation: how many accruals were added, changed and removed.</summary>
public sealed record RecalculationResult(int Periods, int Added, int Changed, int Removed, int Unchanged)
{
    public static RecalculationResult None { get; } = new(0, 0, 0, 0, 0);

    public RecalculationResult Plus(RecalculationResult other) => new(Periods + other.Periods, Added + other.Added,
        Changed + other.Changed, Removed + other.Removed, Unchanged + other.Unchanged);
}

/// <summary>The result of settling a period: credit notes posted and their total, and the true-ups of earlier periods.</summary>
public sealed record SettlementResult(int CreditNotes, decimal Total, int AlreadySettled)
{
    public TrueUpResult TrueUps { get; init; } = TrueUpResult.None;
}

/// <summary>A dealer's standing under one policy in the current period.</summary>
/// <param name="Next">What reaching the next tier would bring, by the rebate rules; null at the top tier.</param>
public sealed record MyRebateProgress(
    int AccrualId, string Code, int VersionNumber, string Name, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd,
    RebateBasis Basis, RebateMode Mode, RebateRateKind RateKind, IReadOnlyList<RebateTier> Tiers, decimal? CapPerPeriod,
    decimal BasisSoFar, int TierReached, decimal? Rate, decimal Amount, bool Capped, NextTierHint? Next, DateTimeOffset CalculatedAt)
{
    /// <summary>The basis at which the next tier starts, or null at the top tier.</summary>
    public decimal? NextThreshold => Next is null ? null : BasisSoFar + Next.MoreNeeded;
}

/// <summary>A dealer's accrual in a past period.</summary>
public sealed record MyRebateHistoryRow(
    int AccrualId, string Code, int VersionNumber, string Name, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd,
    RebateBasis Basis, RebateRateKind RateKind, decimal BasisAchieved, int TierReached, decimal? Rate, decimal Amount, bool Capped,
    DateTimeOffset? SettledAt, string? CreditNoteNumber);
