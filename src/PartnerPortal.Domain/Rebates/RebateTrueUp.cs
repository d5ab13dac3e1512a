using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// A correction of a settled accrual, posted at a later settlement of the policy as its own credit note (top-up) or debit
/// note (claw-back). The accrual itself never changes; each true-up records the basis before and after, the amount
/// recomputed, and the documents that caused it, so that it can be shown and explained.
/// </summary>
public sealed class RebateTrueUp : IPartnerOwned, IAudited
{
    public const int CauseMaxLength = 500;

    public int Id { get; set; }
    public int AccrualId { get; set; }
    public RebateAccrual? Accrual { get; set; }
    /// <summary>The policy version the period was settled with (the accrual's), not the one whose settlement posted it.</summary>
    public int PolicyId { get; set; }
    public RebatePolicy? Policy { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>1 for the accrual's first true-up, 2 for the next: unique per accrual, so two settlements never post the same one.</summary>
    public int Sequence { get; set; }

    /// <summary>The basis the previous settlement (the accrual or the last true-up) was paid on.</summary>
    public decimal NetAmountBefore { get; set; }
    public decimal QuantityBefore { get; set; }
    /// <summary>The basis now.</summary>
    public decimal NetAmount { get; set; }
    public decimal Quantity { get; set; }
    public int TierReached { get; set; }
    public decimal? Rate { get; set; }

    /// <summary>What had been settled for the period before this true-up.</summary>
    public decimal SettledBefore { get; set; }
    /// <summary>The period's rebate on the basis now.</summary>
    public decimal Recomputed { get; set; }
    /// <summary>Recomputed less settled: positive a top-up (credit note), negative a claw-back (debit note).</summary>
    public decimal Difference { get; set; }

    /// <summary>
    /// The documents whose change made the difference, comma-separated (shipments recorded after the last settlement); empty
    /// when lines already counted changed.
    /// </summary>
    public string Cause { get; set; } = "";

    public int LedgerEntryId { get; set; }
    public LedgerEntry? LedgerEntry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
