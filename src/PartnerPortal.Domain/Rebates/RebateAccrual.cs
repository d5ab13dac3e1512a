using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// What one partner earned under one policy version in one period, with the figures that explain it. Recomputed
/// while the period is open and until it is settled; a settled accrual never changes again.
/// </summary>
public sealed class RebateAccrual : IPartnerOwned
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public RebatePolicy? Policy { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>Net shipped amount of the covered products in the period.</summary>
    public decimal NetAmount { get; set; }
    /// <summary>Net shipped units of the covered products in the period.</summary>
    public decimal Quantity { get; set; }
    public int TierReached { get; set; }
    public decimal? Rate { get; set; }
    public decimal Amount { get; set; }
    public decimal UncappedAmount { get; set; }
    public bool Capped { get; set; }
    public decimal? NextThreshold { get; set; }
    public decimal? NextRate { get; set; }
    public decimal? MoreNeeded { get; set; }
    public decimal? AdditionalAmount { get; set; }
    public DateTimeOffset CalculatedAt { get; set; }

    public DateTimeOffset? SettledAt { get; set; }
    public int? CreditNoteEntryId { get; set; }
    public LedgerEntry? CreditNote { get; set; }

    public bool IsSettled => SettledAt is not null;

    /// <summary>Copies a calculation's figures onto the accrual.</summary>
    public void Apply(RebateBasisFigures figures, RebateResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(result);
        NetAmount = figures.NetAmount;
        Quantity = figures.Quantity;
        TierReached = result.TierReached;
        Rate = result.RateReached;
        Amount = result.Amount;
        UncappedAmount = result.UncappedAmount;
        Capped = result.Capped;
        NextThreshold = result.Next is null ? null : result.Basis + result.Next.MoreNeeded;
        NextRate = result.Next?.NextRate;
        MoreNeeded = result.Next?.MoreNeeded;
        AdditionalAmount = result.Next?.AdditionalAmount;
        CalculatedAt = now;
    }

    /// <summary>Whether a calculation would change any figure (the time it was calculated aside).</summary>
    public bool Differs(RebateBasisFigures figures, RebateResult result) =>
        NetAmount != figures.NetAmount || Quantity != figures.Quantity || TierReached != result.TierReached
        || Rate != result.RateReached || Amount != result.Amount || UncappedAmount != result.UncappedAmount
        || Capped != result.Capped || MoreNeeded != result.Next?.MoreNeeded || AdditionalAmount != result.Next?.AdditionalAmount
        || NextRate != result.Next?.NextRate;
}
