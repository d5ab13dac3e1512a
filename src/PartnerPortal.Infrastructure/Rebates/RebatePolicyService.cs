using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;
using static PartnerPortal.Infrastructure.Rebates.RebatePolicyChecks;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Rebate policies for channel managers (their regions) and administrators: drafts, activation, revisions and
/// closing. An active version's rules are never edited: a revision is a new version from a period on.
/// The read side (list, detail, preview, pickers) is <see cref="RebatePolicyQueryService"/>; the ways out of an overlap
/// with another policy are <see cref="RebateOverlapService"/>.
/// </summary>
public sealed class RebatePolicyService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<Outcome<int>> CreateDraftAsync(RebatePolicyDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var problems = await ValidateAsync(db, draft, ct);
            if (problems.Count > 0) return Outcome<int>.Failed(problems);

            var last = await db.RebatePolicies.OrderByDescending(p => p.Code).Select(p => p.Code).FirstOrDefaultAsync(ct);
            var next = last is not null && int.TryParse(last.AsSpan(3), out var n) ? n + 1 : 1;
            var policy = new RebatePolicy
            {
                Code = $"RB-{next:D4}", VersionNumber = 1, Status = RebatePolicyStatus.Draft,
                CreatedByUserId = user.UserId ?? "", CreatedAt = clock.GetUtcNow(),
            };
            Copy(draft, policy);
            db.RebatePolicies.Add(policy);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(policy.Id);
        }, ct);
    }

    public async Task<Outcome> UpdateDraftAsync(int id, RebatePolicyDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, id, ct);
        if (policy is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");
        if (policy.Status != RebatePolicyStatus.Draft) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
        // A revision keeps its policy's period type, so that the versions meet at a period boundary.
        if (policy.VersionNumber > 1) draft = draft with { PeriodType = policy.PeriodType };
        var problems = await ValidateAsync(db, draft, ct);
        // A revision starting in a period already ended or settled is refused now, not only when it is activated.
        if (policy.VersionNumber > 1 && !problems.Any(p => p.Field == nameof(draft.StartsOn))
            && await ActiveVersionAsync(db, policy.Code, ct) is { } active
            && await RevisionStartProblemAsync(db, active, draft.StartsOn, CommandSupport.Today(clock), ct) is { } startProblem)
            problems.Add(startProblem);
        if (problems.Count > 0) return Outcome.Failed(problems);
        Copy(draft, policy);
        policy.Version++;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    public async Task<Outcome> DeleteDraftAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, id, ct);
        if (policy is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");
        if (policy.Status != RebatePolicyStatus.Draft) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
        db.RebatePolicies.Remove(policy);
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>
    /// Makes a draft the policy's active version and calculates its accruals up to today. A revision supersedes the
    /// active version from its first day; periods before that keep the figures the earlier version gave them.
    /// </summary>
    public async Task<Outcome> ActivateAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var outcome = await RebateAccrualWriter.ExclusiveAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var policy = await ManageableAsync(db, id, ct);
            if (policy is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");
            if (policy.Status != RebatePolicyStatus.Draft) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
            var problems = await ValidateAsync(db, policy.ToDraft(), ct);
            if (problems.Count > 0) return Outcome.Failed(problems);

            var today = CommandSupport.Today(clock);
            RebatePolicy? predecessor = null;
            if (policy.VersionNumber > 1)
            {
                predecessor = await ActiveVersionAsync(db, policy.Code, ct);
                if (predecessor is null) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, RebatePolicyStatus.Closed);
                // Checked again: the period it starts in may have ended since the draft was saved.
                if (await RevisionStartProblemAsync(db, predecessor, policy.StartsOn, today, ct) is { } startProblem) return Outcome.Failed([startProblem]);
            }

            if (await FirstConflictAsync(db, policy, ct) is { } other)
                return Outcome.Failed(ProblemCodes.OverlappingPolicy, null, other.Code, other.Name);

            if (predecessor is not null)
            {
                predecessor.EndsOn = policy.StartsOn.AddDays(-1);
                predecessor.Status = RebatePolicyStatus.Superseded;
                predecessor.Version++;
                var from = policy.StartsOn;
                await db.RebateAccruals.Where(a => a.PolicyId == predecessor.Id && a.PeriodStart >= from && a.SettledAt == null)
                    .ExecuteDeleteAsync(ct);
            }
            policy.Status = RebatePolicyStatus.Active;
            policy.ActivatedAt = clock.GetUtcNow();
            policy.Version++;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);

            await RebateAccrualWriter.RecalculateAsync(db, policy, RebateAccrualWriter.PeriodsSoFar(policy, today), clock.GetUtcNow(), ct);
            return Outcome.Success;
        }, ct);
        return outcome;
    }

    /// <summary>Ends an active version after the current period; the periods so far keep accruing and can be settled.</summary>
    public async Task<Outcome> CloseAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, id, ct);
        if (policy is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");
        if (policy.Status != RebatePolicyStatus.Active) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
        var currentEnd = RebatePeriod.Containing(policy.PeriodType, CommandSupport.Today(clock)).End;
        if (policy.EndsOn > currentEnd) policy.EndsOn = currentEnd < policy.StartsOn ? RebatePeriod.Containing(policy.PeriodType, policy.StartsOn).End : currentEnd;
        policy.Status = RebatePolicyStatus.Closed;
        policy.Version++;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <returns>The id of the new draft version, starting at the next period by default; an existing draft revision is reused.</returns>
    public async Task<Outcome<int>> ReviseAsync(int id, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var policy = await ManageableAsync(db, id, ct);
            if (policy is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Policy");
            if (policy.Status != RebatePolicyStatus.Active) return Outcome<int>.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
            var pending = await db.RebatePolicies.Where(p => p.Code == policy.Code && p.Status == RebatePolicyStatus.Draft)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if (pending is { } existing) return Outcome<int>.Success(existing);

            var current = RebatePeriod.Containing(policy.PeriodType, CommandSupport.Today(clock));
            var startsOn = current.End < policy.EndsOn ? current.Next().Start : current.Start;
            if (startsOn < policy.StartsOn) startsOn = policy.StartsOn;
            var revision = new RebatePolicy
            {
                Code = policy.Code,
                VersionNumber = await db.RebatePolicies.Where(p => p.Code == policy.Code).MaxAsync(p => p.VersionNumber, ct) + 1,
                Status = RebatePolicyStatus.Draft, CreatedByUserId = user.UserId ?? "", CreatedAt = clock.GetUtcNow(),
            };
            Copy(policy.ToDraft() with { StartsOn = startsOn }, revision);
            db.RebatePolicies.Add(revision);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(revision.Id);
        }, ct);
    }
}
