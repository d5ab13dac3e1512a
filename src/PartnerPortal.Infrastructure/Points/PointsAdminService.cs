using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>Channel managers (their regions) and administrators: the rewards catalog, redemption decisions and manual awards.</summary>
public sealed class PointsAdminService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<PagedResult<RewardRow>> ListRewardsAsync(PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Rewards.AsNoTracking();
        if (request.SearchPattern is { } like)
            query = query.Where(r => EF.Functions.Like(r.Name, like, PageRequest.LikeEscape) || EF.Functions.Like(r.NameEn, like, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.IsActive).ThenBy(r => r.PointsCost).ThenBy(r => r.Id)
            .Skip(request.Skip).Take(request.SafePageSize).Select(PointsQueries.RewardRow).ToListAsync(ct);
        return new PagedResult<RewardRow>(rows, total);
    }

    public async Task<Outcome<int>> CreateRewardAsync(RewardDraft draft, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = Validate(draft);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);
        await using var db = await contexts.CreateAsync(ct);
        var reward = new Reward();
        Copy(draft, reward);
        db.Rewards.Add(reward);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Success(reward.Id);
    }

    public async Task<Outcome> UpdateRewardAsync(int id, RewardDraft draft, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = Validate(draft);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var reward = await db.Rewards.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (reward is null) return Outcome.Failed(ProblemCodes.NotFound, "Reward");
            Copy(draft, reward);
            reward.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>
    /// Redemptions of the caller's partners, newest first; one status only when <paramref name="status"/> is given, one
    /// region's partners only when <paramref name="regionId"/> is.
    /// </summary>
    public async Task<PagedResult<RedemptionRow>> ListRedemptionsAsync(PageRequest request, RedemptionStatus? status, int? regionId = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Redemptions.AsNoTracking();
        if (status is { } s) query = query.Where(r => r.Status == s);
        if (regionId is { } region) query = query.Where(r => r.Partner!.RegionId == region);
        return await PointsQueries.RedemptionsAsync(db, query, request, ct);
    }

    public Task<Outcome> ApproveAsync(int redemptionId, string? note, CancellationToken ct = default) =>
        DecideAsync(redemptionId, RedemptionStatus.Approved, note, ct);

    /// <summary>Rejects a pending redemption and gives its points back (and the reward to stock).</summary>
    public Task<Outcome> RejectAsync(int redemptionId, string? note, CancellationToken ct = default) =>
        DecideAsync(redemptionId, RedemptionStatus.Rejected, note, ct);

    /// <summary>
    /// The status is a concurrency token: a decision saves only over the pending status it read, so a second
    /// manager's decision (or a double click) is retried, finds the redemption decided and changes nothing.
    /// </summary>
    private async Task<Outcome> DecideAsync(int redemptionId, RedemptionStatus decision, string? note, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        var problems = new List<Problem>();
        TextRules.OptionalMultiLine(problems, "Note", note, Redemption.NoteMaxLength);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var redemption = await db.Redemptions.Include(r => r.Reward).FirstOrDefaultAsync(r => r.Id == redemptionId, ct);
            if (redemption is null) return Outcome.Failed(ProblemCodes.NotFound, "Redemption");
            if (redemption.Status != RedemptionStatus.Pending) return Outcome.Failed(ProblemCodes.AlreadyDecided, null, redemption.Status);

            var now = clock.GetUtcNow();
            redemption.Status = decision;
            redemption.DecidedAt = now;
            redemption.DecidedByUserName = user.UserName;
            redemption.Note = note?.Trim() ?? "";
            if (decision == RedemptionStatus.Rejected)
            {
                if (redemption.Reward!.Stock is { } stock)
                {
                    redemption.Reward.Stock = stock + 1;
                    redemption.Reward.Version++;
                }
                await PointsLedger.PostAsync(db, new PointsEntry
                {
                    PartnerId = redemption.PartnerId, Kind = PointsEntryKind.RedemptionReversed, Points = redemption.Points,
                    UserId = redemption.RequestedByUserId, UserName = redemption.RequestedByUserName, Reason = redemption.Reward.Name,
                    Key = $"redemption:{redemption.Id}", RedemptionId = redemption.Id, CreatedAt = now, CreatedByUserName = user.UserName,
                }, ct);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Gives (or, negative, takes back) points with a reason; never below zero; audited.</summary>
    public async Task<Outcome> AwardAsync(int partnerId, int points, string reason, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome.Failed(ProblemCodes.NotFound, "Partner");
            var balance = await PointsLedger.BalanceAsync(db, partnerId, ct);
            var problems = PointsRules.ValidateManualAward(new ManualAward(points, reason), balance);
            if (problems.Count > 0) return Outcome.Failed(problems);
            var entry = new PointsEntry
            {
                PartnerId = partnerId, Kind = PointsEntryKind.ManualAward, Points = points, Reason = reason.Trim(),
                CreatedAt = clock.GetUtcNow(), CreatedByUserName = user.UserName,
            };
            if (!await PointsLedger.PostAsync(db, entry, ct))
                return Outcome.Failed([PointsRules.BelowZero(await PointsLedger.BalanceAsync(db, partnerId, ct), points)!]);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>A partner's points for the award page; null outside the caller's scope.</summary>
    public async Task<PointsSummary?> GetPartnerSummaryAsync(int partnerId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        return await PointsQueries.SummaryAsync(db, partnerId, canRedeem: false, clock, ct);
    }

    public async Task<PagedResult<PointsEntryRow>> GetPartnerLedgerAsync(int partnerId, PageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return new PagedResult<PointsEntryRow>([], 0);
        return await PointsQueries.LedgerAsync(db, partnerId, request, ct);
    }

    private static List<Problem> Validate(RewardDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(d.Name), d.Name, Reward.NameMaxLength);
        TextRules.Optional(problems, nameof(d.NameEn), d.NameEn, Reward.NameMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.Description), d.Description, Reward.DescriptionMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.DescriptionEn), d.DescriptionEn, Reward.DescriptionMaxLength);
        if (d.PointsCost <= 0) problems.Add(new Problem(ProblemCodes.AmountNotPositive, nameof(d.PointsCost)));
        if (d.Stock is < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, nameof(d.Stock)));
        return problems;
    }

    private static void Copy(RewardDraft d, Reward r)
    {
        r.Name = d.Name.Trim();
        r.NameEn = d.NameEn?.Trim() ?? "";
        r.Description = d.Description?.Trim() ?? "";
        r.DescriptionEn = d.DescriptionEn?.Trim() ?? "";
        r.PointsCost = d.PointsCost;
        r.Stock = d.Stock;
        r.IsActive = d.IsActive;
    }
}
