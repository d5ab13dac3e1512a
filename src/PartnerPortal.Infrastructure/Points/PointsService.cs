using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>A partner's points for its own staff: balance, ledger, the region's leaderboard, the rewards and redeeming them.</summary>
public sealed class PointsService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <returns>Null for callers without a partner.</returns>
    public async Task<PointsSummary?> GetSummaryAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId) return null;
        return await PointsQueries.SummaryAsync(db, partnerId, user.IsInRole(PortalRoles.Dealer), clock, ct);
    }

    public async Task<PagedResult<PointsEntryRow>> GetLedgerAsync(PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId) return new PagedResult<PointsEntryRow>([], 0);
        return await PointsQueries.LedgerAsync(db, partnerId, request, ct);
    }

    /// <summary>
    /// The top learners of the caller's region by points from passed courses; at most <paramref name="top"/>. The
    /// board names learners of other partners in the region by design; only names, partner names and points leave.
    /// </summary>
    public async Task<IReadOnlyList<LeaderboardRow>> GetLeaderboardAsync(int top = 10, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId) return [];
        var regionId = await db.Partners.Where(p => p.Id == partnerId).Select(p => p.RegionId).FirstAsync(ct);
        var rows = await db.PointsEntries.IgnoreQueryFilters()
            .Where(e => e.Kind == PointsEntryKind.CoursePassed && e.UserId != null && e.Partner!.RegionId == regionId)
            .GroupBy(e => new { e.UserId, e.PartnerId })
            .Select(g => new { g.Key.UserId, Points = g.Sum(e => e.Points), UserName = g.Max(e => e.UserName), Partner = g.Max(e => e.Partner!.Name),
                PartnerEn = g.Max(e => e.Partner!.NameEn) })
            .OrderByDescending(x => x.Points).ThenBy(x => x.UserName)
            .Take(Math.Clamp(top, 1, 100))
            .ToListAsync(ct);
        var actor = await ActorNames.ResolveAsync(db, rows.Select(r => r.UserName), ct);
        return rows.Select((r, i) => new LeaderboardRow(i + 1, actor(r.UserName), new LocalName(r.Partner ?? "", r.PartnerEn), r.Points,
            r.UserId == user.UserId)).ToList();
    }

    /// <summary>Active rewards, cheapest first.</summary>
    public async Task<IReadOnlyList<RewardRow>> GetRewardsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Rewards.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.PointsCost).ThenBy(r => r.Name)
            .Select(PointsQueries.RewardRow).ToListAsync(ct);
    }

    public async Task<PagedResult<RedemptionRow>> GetMyRedemptionsAsync(PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner) return new PagedResult<RedemptionRow>([], 0);
        return await PointsQueries.RedemptionsAsync(db, db.Redemptions.AsNoTracking(), request, ct);
    }

    /// <summary>
    /// A dealer spends the partner's points on a reward; the redemption waits for a channel manager. The reward's
    /// stock and the balance are both taken with guarded updates in one transaction: concurrent redemptions can
    /// neither overspend the points nor the stock.
    /// </summary>
    /// <returns>The redemption's id.</returns>
    public async Task<Outcome<int>> RedeemAsync(int rewardId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            if (db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId)
                return Outcome<int>.Failed(ProblemCodes.RoleCannotRedeem, "Role");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var reward = await db.Rewards.FirstOrDefaultAsync(r => r.Id == rewardId && r.IsActive, ct);
            if (reward is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Reward");
            var role = user.IsInRole(PortalRoles.Dealer) ? PortalRoles.Dealer : user.Roles.FirstOrDefault() ?? "";
            var balance = await PointsLedger.BalanceAsync(db, partnerId, ct);
            if (PointsRules.CheckRedemption(new RedemptionRequest(role, balance, reward.PointsCost, reward.Stock)) is { } problem)
                return Outcome<int>.Failed([problem]);

            if (reward.Stock is { } stock)
            {
                reward.Stock = stock - 1;
                reward.Version++;
            }
            var redemption = new Redemption
            {
                PartnerId = partnerId, RewardId = reward.Id, Points = reward.PointsCost, Status = RedemptionStatus.Pending,
                RequestedByUserId = user.UserId ?? "", RequestedByUserName = user.UserName, RequestedAt = clock.GetUtcNow(),
            };
            db.Redemptions.Add(redemption);
            await db.SaveChangesAsync(ct); // the reward's version guards its stock; the redemption gets its id

            var entry = new PointsEntry
            {
                PartnerId = partnerId, Kind = PointsEntryKind.Redemption, Points = -reward.PointsCost, UserId = user.UserId,
                UserName = user.UserName, Reason = reward.Name, Key = $"redemption:{redemption.Id}", RedemptionId = redemption.Id,
                CreatedAt = clock.GetUtcNow(), CreatedByUserName = user.UserName,
            };
            if (!await PointsLedger.PostAsync(db, entry, ct))
                return Outcome<int>.Failed(ProblemCodes.InsufficientPoints, "PointsCost", reward.PointsCost, balance);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome<int>.Success(redemption.Id);
        }, ct);
    }
}
