using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Brings a version's accruals for one period in line with the shipments: one row per covered partner, including
/// those that bought nothing yet (so they see how far the first tier is). Settled rows are never touched, and
/// running it twice leaves the same rows.
/// </summary>
internal static class RebateAccrualWriter
{
    // Recalculations in this process take turns; the unique index on (policy, period, partner) guards across processes.
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Runs work that writes accruals after any other such work in this process has finished.</summary>
    public static async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await Turn.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            Turn.Release();
        }
    }

    /// <summary>Recalculates the periods; call inside <see cref="ExclusiveAsync{T}"/>.</summary>
    public static async Task<RecalculationResult> RecalculateAsync(PortalDbContext db, RebatePolicy policy,
        IEnumerable<RebatePeriod> periods, DateTimeOffset now, CancellationToken ct)
    {
        var total = new RecalculationResult(0, 0, 0, 0, 0);
        foreach (var period in periods)
        {
            var r = await RecalculatePeriodAsync(db, policy, period, now, ct);
            total = total.Plus(r);
        }
        return total;
    }

    /// <summary>The periods of a version that have begun by <paramref name="today"/>.</summary>
    public static IEnumerable<RebatePeriod> PeriodsSoFar(RebatePolicy policy, DateOnly today)
    {
        var last = policy.EndsOn < today ? policy.EndsOn : today;
        return last < policy.StartsOn ? [] : RebatePeriod.Between(policy.PeriodType, policy.StartsOn, last);
    }

    private static async Task<RecalculationResult> RecalculatePeriodAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period,
        DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        // Its own transaction, unless it runs inside the caller's (seeding).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var partnerIds = await RebateCoverage.PartnerIds(db, policy).ToListAsync(ct);
        var sums = await RebateCoverage.SumsAsync(db, policy, period, partnerIds.ToHashSet(), ct);
        var existing = await db.RebateAccruals
            .Where(a => a.PolicyId == policy.Id && a.PeriodStart == period.Start)
            .ToDictionaryAsync(a => a.PartnerId, ct);

        var scheme = policy.Scheme;
        int added = 0, changed = 0, unchanged = 0, removed = 0;
        var nothing = new RebateBasisFigures(0m, 0m);
        foreach (var partnerId in partnerIds)
        {
            var figures = sums.GetValueOrDefault(partnerId, nothing);
            var result = RebateCalculator.Calculate(scheme, figures);
            if (existing.Remove(partnerId, out var accrual))
            {
                if (accrual.IsSettled || !accrual.Differs(figures, result))
                {
                    unchanged++;
                    continue;
                }
                accrual.Apply(figures, result, now);
                changed++;
            }
            else
            {
                accrual = new RebateAccrual { PolicyId = policy.Id, PartnerId = partnerId, PeriodStart = period.Start, PeriodEnd = period.End };
                accrual.Apply(figures, result, now);
                db.RebateAccruals.Add(accrual);
                added++;
            }
        }

        // Partners no longer covered (moved region, changed tier) lose what is not settled yet.
        foreach (var gone in existing.Values.Where(a => !a.IsSettled))
        {
            db.RebateAccruals.Remove(gone);
            removed++;
        }
        unchanged += existing.Values.Count(a => a.IsSettled);

        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new RecalculationResult(1, added, changed, removed, unchanged);
    }
}
