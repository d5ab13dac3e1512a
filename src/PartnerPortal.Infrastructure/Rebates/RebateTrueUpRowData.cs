using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>The columns of a true-up row as read in one query (<see cref="RebateTrueUpQueries"/>).</summary>
internal sealed class RebateTrueUpRowData
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public int VersionNumber { get; init; }
    public string Name { get; init; } = "";
    public RebatePeriodType PeriodType { get; init; }
    public RebateBasis Basis { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public decimal NetAmountBefore { get; init; }
    public decimal QuantityBefore { get; init; }
    public decimal NetAmount { get; init; }
    public decimal Quantity { get; init; }
    public int TierReached { get; init; }
    public decimal SettledBefore { get; init; }
    public decimal Recomputed { get; init; }
    public decimal Difference { get; init; }
    public LedgerEntryKind NoteKind { get; init; }
    public string NoteNumber { get; init; } = "";
    public DateOnly PostedOn { get; init; }
    public string Cause { get; init; } = "";
}
