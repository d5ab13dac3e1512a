using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Turns a closed period's accruals into credit notes posted through the <see cref="Ledger"/>, once: each accrual is
/// claimed with a guarded update before its credit note is written, so a second click, or a second server, finds nothing
/// left to settle.
/// </summary>
internal static class RebateSettlement
{
    /// <summary>Runs inside the caller's transaction; the figures should have been recalculated just before.</summary>
    public static async Task<Outcome<SettlementResult>> SettleAsync(PortalDbContext db, TimeProvider clock, RebatePolicy policy,
        RebatePeriod period, CancellationToken ct)
    {
        var today = CommandSupport.Today(clock);
        var now = clock.GetUtcNow();
        var accruals = await db.RebateAccruals
            .Where(a => a.PolicyId == policy.Id && a.PeriodStart == period.Start)
            .ToListAsync(ct);
        var open = accruals.Where(a => !a.IsSettled).ToList();
        var partnerIds = open.Where(a => a.Amount > 0).Select(a => a.PartnerId).ToList();
        var accounts = await db.CreditAccounts.Where(a => partnerIds.Contains(a.PartnerId)).ToDictionaryAsync(a => a.PartnerId, ct);
        var missing = partnerIds.Where(id => !accounts.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var codes = await db.Partners.Where(p => missing.Contains(p.Id)).Select(p => p.Code).ToListAsync(ct);
            return Outcome<SettlementResult>.Failed(ProblemCodes.NoCreditAccount, null, string.Join(", ", codes));
        }

        var ledger = new Ledger(db, clock);
        var posted = 0;
        var total = 0m;
        foreach (var accrual in open)
        {
            var claimed = await db.RebateAccruals
                .Where(a => a.Id == accrual.Id && a.SettledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.SettledAt, now), ct);
            if (claimed == 0) continue;
            accrual.SettledAt = now;
            if (accrual.Amount <= 0) continue;

            accrual.CreditNote = await ledger.GrantCreditNoteAsync(accounts[accrual.PartnerId], accrual.Amount, today,
                $"{policy.Code} v{policy.VersionNumber} {period.Label}", ct);
            posted++;
            total += accrual.Amount;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<SettlementResult>.Success(new SettlementResult(posted, total, accruals.Count - open.Count));
    }
}
