using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// At each settlement of a policy, recomputes every earlier period already settled under any version of it and posts the
/// difference through the <see cref="Ledger"/>: a credit note (top-up) or a debit note (claw-back), with a
/// <see cref="RebateTrueUp"/> that says what it corrects and why. The settled accruals are never changed; what was paid so
/// far is the accrual plus its earlier true-ups, so settling again with nothing changed posts nothing.
/// </summary>
internal static class RebateTrueUpPosting
{
    /// <summary>Runs inside the settlement's transaction, for the partners the caller's scope sees.</summary>
    public static async Task<Outcome<TrueUpResult>> PostAsync(PortalDbContext db, TimeProvider clock, RebatePolicy settling,
        RebatePeriod settlingPeriod, CancellationToken ct)
    {
        var code = settling.Code;
        var before = settlingPeriod.Start;
        var accruals = await db.RebateAccruals.AsNoTracking()
            .Where(a => a.Policy!.Code == code && a.PeriodStart < before && a.SettledAt != null)
            .OrderBy(a => a.PeriodStart).ThenBy(a => a.PolicyId).ThenBy(a => a.PartnerId)
            .ToListAsync(ct);
        if (accruals.Count == 0) return Outcome<TrueUpResult>.Success(TrueUpResult.None);
        var policyIds = accruals.Select(a => a.PolicyId).Distinct().ToList();
        var policies = await db.RebatePolicies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var accrualIds = accruals.Select(a => a.Id).ToList();
        var earlier = (await db.RebateTrueUps.AsNoTracking().Where(t => accrualIds.Contains(t.AccrualId)).ToListAsync(ct))
            .ToLookup(t => t.AccrualId);

        var due = new List<(RebateAccrual Accrual, RebatePolicy Policy, RebatePeriod Period, RebateBasisFigures Basis, RebateTrueUpDecision Decision)>();
        foreach (var accrual in accruals)
        {
            var policy = policies[accrual.PolicyId];
            var period = RebatePeriod.Containing(policy.PeriodType, accrual.PeriodStart);
            var basis = await RebateBasisLines.SumAsync(db, policy, period, accrual.PartnerId, ct);
            var settled = accrual.Amount + earlier[accrual.Id].Sum(t => t.Difference);
            var decision = RebateTrueUpRule.Decide(policy.Scheme, basis, settled);
            if (decision.Kind != RebateTrueUpKind.None) due.Add((accrual, policy, period, basis, decision));
        }
        if (due.Count == 0) return Outcome<TrueUpResult>.Success(TrueUpResult.None);

        var partnerIds = due.Select(d => d.Accrual.PartnerId).Distinct().ToList();
        var accounts = await db.CreditAccounts.Where(a => partnerIds.Contains(a.PartnerId)).ToDictionaryAsync(a => a.PartnerId, ct);
        var missing = partnerIds.Where(id => !accounts.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var codes = await db.Partners.Where(p => missing.Contains(p.Id)).Select(p => p.Code).ToListAsync(ct);
            return Outcome<TrueUpResult>.Failed(ProblemCodes.NoCreditAccount, null, string.Join(", ", codes));
        }

        var ledger = new Ledger(db, clock);
        var today = CommandSupport.Today(clock);
        var now = clock.GetUtcNow();
        var result = TrueUpResult.None;
        foreach (var (accrual, policy, period, basis, decision) in due)
        {
            var previous = earlier[accrual.Id].OrderBy(t => t.Sequence).LastOrDefault();
            var lastSettledAt = previous?.CreatedAt ?? accrual.SettledAt!.Value;
            var reference = new RebateTrueUpReference(period.Label, policy.VersionNumber, policy.Code, decision.Difference).ToString();
            var account = accounts[accrual.PartnerId];
            var note = decision.Kind == RebateTrueUpKind.TopUp
                ? await ledger.GrantCreditNoteAsync(account, decision.NoteAmount, today, reference, ct)
                : await ledger.ChargeDebitNoteAsync(account, decision.NoteAmount, today, reference, ct);
            db.RebateTrueUps.Add(new RebateTrueUp
            {
                AccrualId = accrual.Id, PolicyId = policy.Id, PartnerId = accrual.PartnerId, PeriodStart = period.Start, PeriodEnd = period.End,
                Sequence = (previous?.Sequence ?? 0) + 1,
                NetAmountBefore = previous?.NetAmount ?? accrual.NetAmount, QuantityBefore = previous?.Quantity ?? accrual.Quantity,
                NetAmount = basis.NetAmount, Quantity = basis.Quantity, TierReached = decision.Recomputed.TierReached,
                Rate = decision.Recomputed.RateReached, SettledBefore = decision.Settled, Recomputed = decision.Recomputed.Amount,
                Difference = decision.Difference, Cause = await CauseAsync(db, policy, period, accrual.PartnerId, lastSettledAt, ct),
                LedgerEntry = note, CreatedAt = now,
            });
            result = result.Plus(decision.Difference);
        }
        await db.SaveChangesAsync(ct);
        return Outcome<TrueUpResult>.Success(result);
    }

    /// <summary>
    /// The documents that changed the basis since the period was last settled: the late shipments recorded (invoiced) and
    /// the returns received after it, e.g. "SHP-…, RMA-…". Lines that were already counted and changed since leave no such
    /// trace, and give an empty cause.
    /// </summary>
    private static async Task<string> CauseAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period, int partnerId,
        DateTimeOffset lastSettledAt, CancellationToken ct)
    {
        var settledDay = DateOnly.FromDateTime(lastSettledAt.UtcDateTime).AddDays(-1);
        var basis = RebateBasisLines.Of(db, policy, period, partnerId);
        var shipmentIds = basis.Where(l => l.ReturnRequestId == null).Select(l => l.ShipmentId);
        var returnIds = basis.Where(l => l.ReturnRequestId != null).Select(l => l.ReturnRequestId!.Value);
        // Compared in memory: SQLite cannot order DateTimeOffset values; the day narrows it to the few recent ones first.
        var shipments = await db.Shipments.IgnoreQueryFilters()
            .Where(s => shipmentIds.Contains(s.Id) && s.Invoice != null && s.Invoice.Date >= settledDay)
            .Select(s => new { s.Number, RecordedAt = s.Invoice!.CreatedAt })
            .ToListAsync(ct);
        var returns = await db.ReturnRequests.IgnoreQueryFilters()
            .Where(r => returnIds.Contains(r.Id) && r.CreditNote != null && r.CreditNote.Date >= settledDay)
            .Select(r => new { r.Number, RecordedAt = r.ReceivedAt!.Value })
            .ToListAsync(ct);
        var numbers = shipments.Concat(returns).Where(d => d.RecordedAt > lastSettledAt).Select(d => d.Number).Distinct()
            .Order(StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        var length = 0;
        foreach (var number in numbers)
        {
            if (length + number.Length + 5 > RebateTrueUp.CauseMaxLength)
            {
                kept.Add("…");
                break;
            }
            kept.Add(number);
            length += number.Length + 2;
        }
        return string.Join(", ", kept);
    }
}
