using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>A true-up of a settled period, as the dealer's rebate page and the rebate statement show it.</summary>
/// <param name="Difference">Positive: a top-up paid as a credit note; negative: a claw-back charged as a debit note.</param>
/// <param name="Cause">The documents that changed the basis (comma-separated), or empty when lines already counted changed.</param>
public sealed record RebateTrueUpRow(
    int Id, string Code, int VersionNumber, string Name, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd, RebateBasis Basis,
    decimal BasisBefore, decimal BasisNow, int TierReached, decimal SettledBefore, decimal Recomputed, decimal Difference,
    LedgerEntryKind NoteKind, string NoteNumber, DateOnly PostedOn, string Cause)
{
    /// <summary>The ledger's text for it: "true-up of 2026-Q3 (v1) REB: −¥1,234.00".</summary>
    public RebateTrueUpReference Reference => new(PeriodLabel, VersionNumber, Code, Difference);
}
