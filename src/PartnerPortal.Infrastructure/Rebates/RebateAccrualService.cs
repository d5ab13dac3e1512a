using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>Recalculating and settling a policy version's accruals, and listing them, for channel managers and administrators.</summary>
public sealed class RebateAccrualService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>Recalculates one period, or every period of the version up to today when <paramref name="periodStart"/> is null.</summary>
    public async Task<Outcome<RecalculationResult>> RecalculateAsync(int policyId, DateOnly? periodStart = null, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, policyId, ct);
        if (policy is null) return Outcome<RecalculationResult>.Failed(ProblemCodes.NotFound, "Policy");
        if (!policy.Accrues) return Outcome<RecalculationResult>.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);

        var periods = RebateAccrualWriter.PeriodsSoFar(policy, CommandSupport.Today(clock)).ToList();
        if (periodStart is { } start)
        {
            periods = periods.Where(p => p.Start == start).ToList();
            if (periods.Count == 0) return Outcome<RecalculationResult>.Failed(ProblemCodes.NotFound, "Period");
        }
        var result = await RebateAccrualWriter.ExclusiveAsync(
            () => RebateAccrualWriter.RecalculateAsync(db, policy, periods, clock.GetUtcNow(), ct), ct);
        return Outcome<RecalculationResult>.Success(result);
    }

    /// <summary>
    /// Posts a credit note to each partner's account for its accrual in a closed period, once: the figures are
    /// recalculated a last time, then each accrual is claimed with a guarded update before its credit note is written,
    /// so a second click, or a second server, finds nothing left to settle. In the same transaction every earlier settled
    /// period of the policy is recomputed and its difference posted as a true-up (<see cref="RebateTrueUpPosting"/>).
    /// </summary>
    public async Task<Outcome<SettlementResult>> SettleAsync(int policyId, DateOnly periodStart, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await RebateAccrualWriter.ExclusiveAsync(() => CommandSupport.RetryAsync(() => TrySettleAsync(policyId, periodStart, ct), ct), ct);
    }

    private async Task<Outcome<SettlementResult>> TrySettleAsync(int policyId, DateOnly periodStart, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, policyId, ct);
        if (policy is null) return Outcome<SettlementResult>.Failed(ProblemCodes.NotFound, "Policy");
        if (!policy.Accrues) return Outcome<SettlementResult>.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
        var today = CommandSupport.Today(clock);
        var period = RebateAccrualWriter.PeriodsSoFar(policy, today).FirstOrDefault(p => p.Start == periodStart);
        if (period == default) return Outcome<SettlementResult>.Failed(ProblemCodes.NotFound, "Period");
        if (!period.IsClosedOn(today)) return Outcome<SettlementResult>.Failed(ProblemCodes.PeriodNotClosed, "Period");

        var now = clock.GetUtcNow();
        await RebateAccrualWriter.RecalculateAsync(db, policy, [period], now, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await RebateSettlement.SettleAsync(db, clock, policy, period, ct);
        if (!outcome.Succeeded) return outcome;
        // Earlier periods settled since changed (late shipments, changed lines): their differences go with this settlement.
        var trueUps = await RebateTrueUpPosting.PostAsync(db, clock, policy, period, ct);
        if (!trueUps.Succeeded) return Outcome<SettlementResult>.Failed(trueUps.Problems);
        await tx.CommitAsync(ct);
        return Outcome<SettlementResult>.Success(outcome.Value! with { TrueUps = trueUps.Value! });
    }

    public async Task<PagedResult<RebateAccrualRow>> ListAccrualsAsync(int policyId, DateOnly periodStart, PageRequest request,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.RebatePolicies.Visible(db.Scope).AnyAsync(p => p.Id == policyId, ct)) return new PagedResult<RebateAccrualRow>([], 0);
        var query = db.RebateAccruals.AsNoTracking().Where(a => a.PolicyId == policyId && a.PeriodStart == periodStart);
        if (request.SearchPattern is { } pattern)
            query = query.Where(a => EF.Functions.Like(a.Partner!.Code, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(a.Partner!.Name, pattern, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        query = request.SortBy switch
        {
            "Partner" => request.Descending ? query.OrderByDescending(a => a.Partner!.Code) : query.OrderBy(a => a.Partner!.Code),
            "Basis" => request.Descending ? query.OrderByDescending(a => a.NetAmount).ThenByDescending(a => a.Quantity)
                : query.OrderBy(a => a.NetAmount).ThenBy(a => a.Quantity),
            "Amount" when !request.Descending => query.OrderBy(a => a.Amount).ThenBy(a => a.Partner!.Code),
            _ => query.OrderByDescending(a => a.Amount).ThenBy(a => a.Partner!.Code),
        };
        var basis = await db.RebatePolicies.Where(p => p.Id == policyId).Select(p => p.Basis).FirstAsync(ct);
        var rows = await query.Skip(request.Skip).Take(request.SafePageSize)
            .Select(a => new RebateAccrualRow(a.Id, a.PartnerId, a.Partner!.Code, new LocalName(a.Partner.Name, a.Partner.NameEn),
                basis == RebateBasis.Quantity ? a.Quantity : a.NetAmount, a.TierReached, a.Rate, a.Amount, a.Capped, a.MoreNeeded,
                a.SettledAt, a.CreditNote == null ? null : a.CreditNote.Number))
            .ToListAsync(ct);
        return new PagedResult<RebateAccrualRow>(rows, total);
    }

    private static async Task<RebatePolicy?> ManageableAsync(PortalDbContext db, int policyId, CancellationToken ct)
    {
        var policy = await db.RebatePolicies.AsNoTracking().Visible(db.Scope).FirstOrDefaultAsync(p => p.Id == policyId, ct);
        return policy is not null && RebateAccess.CanManage(db.Scope, policy.RegionIds) ? policy : null;
    }

}
