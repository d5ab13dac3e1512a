using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>True-ups projected for display, so that the rebate page and the statement show the same figures.</summary>
internal static class RebateTrueUpQueries
{
    public static IQueryable<RebateTrueUpRowData> Rows(IQueryable<RebateTrueUp> trueUps) =>
        trueUps.Select(t => new RebateTrueUpRowData
        {
            Id = t.Id, Code = t.Policy!.Code, VersionNumber = t.Policy.VersionNumber, Name = t.Policy.Name, PeriodType = t.Policy.PeriodType,
            Basis = t.Policy.Basis, PeriodStart = t.PeriodStart, PeriodEnd = t.PeriodEnd, NetAmountBefore = t.NetAmountBefore,
            QuantityBefore = t.QuantityBefore, NetAmount = t.NetAmount, Quantity = t.Quantity, TierReached = t.TierReached,
            SettledBefore = t.SettledBefore, Recomputed = t.Recomputed, Difference = t.Difference, NoteKind = t.LedgerEntry!.Kind,
            NoteNumber = t.LedgerEntry.Number, PostedOn = t.LedgerEntry.Date, Cause = t.Cause,
        });

    public static RebateTrueUpRow ToRow(this RebateTrueUpRowData t) => new(
        t.Id, t.Code, t.VersionNumber, t.Name, RebatePeriod.Containing(t.PeriodType, t.PeriodStart).Label, t.PeriodStart, t.PeriodEnd, t.Basis,
        t.Basis == RebateBasis.Quantity ? t.QuantityBefore : t.NetAmountBefore, t.Basis == RebateBasis.Quantity ? t.Quantity : t.NetAmount,
        t.TierReached, t.SettledBefore, t.Recomputed, t.Difference, t.NoteKind, t.NoteNumber, t.PostedOn, t.Cause);
}
