using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// A partner's own rebates: progress in the current periods and the history of past ones. Accruals are partner
/// data, so the query filters keep every partner to its own rows; the policy is read through its accrual.
/// </summary>
public sealed class MyRebatesService(PortalDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyRebateProgress>> GetCurrentAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return [];
        var today = CommandSupport.Today(clock);
        var rows = await db.RebateAccruals.AsNoTracking()
            .Where(a => a.PeriodStart <= today && a.PeriodEnd >= today)
            .Select(a => new { Accrual = a, a.Policy })
            .ToListAsync(ct);
        return rows
            .OrderBy(r => r.Policy!.Code)
            .Select(r =>
            {
                var a = r.Accrual;
                var p = r.Policy!;
                // The stored accrual keeps only the figures; what the next tier would bring (and what limits it) comes from
                // the same rules over the same basis, so the card's sentence is decided by the rules, not by the page.
                var next = RebateCalculator.Calculate(p.Scheme, new RebateBasisFigures(a.NetAmount, a.Quantity)).Next;
                return new MyRebateProgress(a.Id, p.Code, p.VersionNumber, p.Name, RebatePeriod.Containing(p.PeriodType, a.PeriodStart).Label,
                    a.PeriodStart, a.PeriodEnd, p.Basis, p.Mode, p.RateKind, p.Tiers, p.CapPerPeriod,
                    p.Basis == RebateBasis.Quantity ? a.Quantity : a.NetAmount, a.TierReached, a.Rate, a.Amount, a.Capped, next, a.CalculatedAt);
            })
            .ToList();
    }

    /// <summary>Accruals of periods that have ended, newest first.</summary>
    public async Task<PagedResult<MyRebateHistoryRow>> GetHistoryAsync(PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return new PagedResult<MyRebateHistoryRow>([], 0);
        var today = CommandSupport.Today(clock);
        var query = db.RebateAccruals.AsNoTracking().Where(a => a.PeriodEnd < today);
        var total = await query.CountAsync(ct);
        var page = await query
            .OrderByDescending(a => a.PeriodStart).ThenBy(a => a.Policy!.Code)
            .Skip(request.Skip).Take(request.SafePageSize)
            .Select(a => new { Accrual = a, a.Policy, CreditNote = a.CreditNote == null ? null : a.CreditNote.Number })
            .ToListAsync(ct);
        var rows = page.Select(r =>
        {
            var a = r.Accrual;
            var p = r.Policy!;
            return new MyRebateHistoryRow(a.Id, p.Code, p.VersionNumber, p.Name, RebatePeriod.Containing(p.PeriodType, a.PeriodStart).Label,
                a.PeriodStart, a.PeriodEnd, p.Basis, p.RateKind, p.Basis == RebateBasis.Quantity ? a.Quantity : a.NetAmount, a.TierReached,
                a.Rate, a.Amount, a.Capped, a.SettledAt, r.CreditNote);
        }).ToList();
        return new PagedResult<MyRebateHistoryRow>(rows, total);
    }

    /// <summary>True-ups of the partner's settled periods, newest first.</summary>
    public async Task<PagedResult<RebateTrueUpRow>> GetTrueUpsAsync(PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return new PagedResult<RebateTrueUpRow>([], 0);
        var query = db.RebateTrueUps.AsNoTracking();
        var total = await query.CountAsync(ct);
        var rows = await RebateTrueUpQueries.Rows(query.OrderByDescending(t => t.Id).Skip(request.Skip).Take(request.SafePageSize))
            .ToListAsync(ct);
        return new PagedResult<RebateTrueUpRow>(rows.Select(r => r.ToRow()).ToList(), total);
    }
}
