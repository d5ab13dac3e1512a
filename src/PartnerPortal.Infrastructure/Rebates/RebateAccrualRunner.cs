using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The accrual run over every policy version that accrues, as the background job does it: for all partners,
/// outside any user's scope; purchase-milestone points are awarded in the same run.
/// </summary>
public sealed class RebateAccrualRunner(PortalDbContextFactory contexts, TimeProvider clock)
{
    private const string Job = "rebate-accruals";

    /// <summary>
    /// Every period so far that still has something to calculate: the current one, and closed ones not fully
    /// settled. Fully settled periods are skipped, since nothing in them may change.
    /// </summary>
    public async Task<RecalculationResult> RecalculateOpenPeriodsAsync(CancellationToken ct = default)
    {
        var today = CommandSupport.Today(clock);
        await using var db = await contexts.CreateForSystemAsync(Job, ct);
        var policies = await db.RebatePolicies.AsNoTracking().Where(p => p.Status != RebatePolicyStatus.Draft).ToListAsync(ct);
        var total = RecalculationResult.None;
        foreach (var policy in policies)
        {
            var settled = await db.RebateAccruals.Where(a => a.PolicyId == policy.Id)
                .GroupBy(a => a.PeriodStart)
                .Where(g => g.All(a => a.SettledAt != null))
                .Select(g => g.Key)
                .ToListAsync(ct);
            var periods = RebateAccrualWriter.PeriodsSoFar(policy, today).Where(p => !settled.Contains(p.Start)).ToList();
            total = total.Plus(await RebateAccrualWriter.ExclusiveAsync(
                () => RebateAccrualWriter.RecalculateAsync(db, policy, periods, clock.GetUtcNow(), ct), ct));
        }
        // Purchase milestones are measured on the same shipments, so they are paid by the same run.
        await RebateAccrualWriter.ExclusiveAsync(() => Points.PurchaseMilestones.AwardAsync(db, today, clock.GetUtcNow(), ct), ct);
        return total;
    }

    /// <summary>For every version that accrues on <paramref name="day"/>, the period containing that day.</summary>
    public async Task<RecalculationResult> RecalculatePeriodContainingAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateForSystemAsync(Job, ct);
        var policies = await db.RebatePolicies.AsNoTracking()
            .Where(p => p.Status != RebatePolicyStatus.Draft && p.StartsOn <= day && p.EndsOn >= day)
            .ToListAsync(ct);
        var total = RecalculationResult.None;
        foreach (var policy in policies)
        {
            var period = RebatePeriod.Containing(policy.PeriodType, day);
            total = total.Plus(await RebateAccrualWriter.ExclusiveAsync(
                () => RebateAccrualWriter.RecalculateAsync(db, policy, [period], clock.GetUtcNow(), ct), ct));
        }
        return total;
    }
}
