using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using static PartnerPortal.Infrastructure.Rebates.RebatePolicyChecks;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// The ways out when a draft cannot be activated because another exclusive policy already pays the same partners for the
/// same products. Making one stackable pays both rebates on the same units; these let only one of them pay: the draft
/// leaves the other's categories or SKUs out, or the other policy leaves the draft's out from a period on, through a
/// draft revision its manager checks and activates (policies are versioned, never rewritten: DESIGN rule 7). Both are
/// ordinary policy changes, written to the audit log.
/// </summary>
public sealed class RebateOverlapService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <returns>The first overlapping policy of a draft the caller manages and how each way out stands; null when there is none.</returns>
    public async Task<RebateOverlap?> OverlapAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, id, ct);
        if (policy is not { Status: RebatePolicyStatus.Draft } || await FirstConflictAsync(db, policy, ct) is not { } other) return null;

        var mine = await CoverageAsync(db, policy, ct);
        var theirs = await CoverageAsync(db, other, ct);
        var from = policy.StartsOn > other.StartsOn ? policy.StartsOn : other.StartsOn;
        var to = policy.EndsOn < other.EndsOn ? policy.EndsOn : other.EndsOn;
        return new RebateOverlap(other.Id, other.Code, other.VersionNumber, other.Name, other.Status,
            mine.PartnerIds.Intersect(theirs.PartnerIds).Count(), mine.ProductIds.Intersect(theirs.ProductIds).Count(), from, to,
            await RemedyAsync(db, policy, other, ct), await RemedyAsync(db, other, policy, ct, revisionOf: other));
    }

    /// <summary>Leaves the other policy's categories or SKUs out of the draft's product scope.</summary>
    public async Task<Outcome> ExcludeOverlapHereAsync(int id, int otherId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var policy = await ManageableAsync(db, id, ct);
        if (policy is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");
        if (policy.Status != RebatePolicyStatus.Draft) return Outcome.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
        var other = await db.RebatePolicies.AsNoTracking().Visible(db.Scope).FirstOrDefaultAsync(p => p.Id == otherId, ct);
        if (other is null) return Outcome.Failed(ProblemCodes.NotFound, "Policy");

        var remedy = await RemedyAsync(db, policy, other, ct);
        if (remedy.Closed is { } closed) return Outcome.Failed([closed]);
        Apply(policy, policy.ProductScope.Without(other.ProductScope)!);
        policy.Version++;
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <returns>The id of a new draft revision of the other policy that leaves the draft's categories or SKUs out from the first period both pay in.</returns>
    public async Task<Outcome<int>> ExcludeOverlapThereAsync(int id, int otherId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var policy = await ManageableAsync(db, id, ct);
            if (policy is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Policy");
            if (policy.Status != RebatePolicyStatus.Draft) return Outcome<int>.Failed(ProblemCodes.WrongPolicyStatus, null, policy.Status);
            var other = await db.RebatePolicies.AsNoTracking().Visible(db.Scope).FirstOrDefaultAsync(p => p.Id == otherId, ct);
            if (other is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Policy");

            var remedy = await RemedyAsync(db, other, policy, ct, revisionOf: other);
            if (remedy.Closed is { } closed) return Outcome<int>.Failed([closed]);
            var revision = new RebatePolicy
            {
                Code = other.Code,
                VersionNumber = await db.RebatePolicies.Where(p => p.Code == other.Code).MaxAsync(p => p.VersionNumber, ct) + 1,
                Status = RebatePolicyStatus.Draft, CreatedByUserId = user.UserId ?? "", CreatedAt = clock.GetUtcNow(),
            };
            Copy(other.ToDraft() with { StartsOn = RevisionStart(policy, other) }, revision);
            Apply(revision, other.ProductScope.Without(policy.ProductScope)!);
            db.RebatePolicies.Add(revision);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(revision.Id);
        }, ct);
    }

    /// <summary>
    /// Whether <paramref name="target"/> can leave out what <paramref name="source"/> pays on, and what it would leave out.
    /// With <paramref name="revisionOf"/>, the change is a revision of that active version and must be one the caller may make.
    /// </summary>
    private async Task<RebateOverlapRemedy> RemedyAsync(PortalDbContext db, RebatePolicy target, RebatePolicy source, CancellationToken ct,
        RebatePolicy? revisionOf = null)
    {
        if (revisionOf is not null)
        {
            if (revisionOf.Status != RebatePolicyStatus.Active)
                return RebateOverlapRemedy.Refused(new Problem(ProblemCodes.WrongPolicyStatus, null, revisionOf.Status));
            if (!RebateAccess.CanManage(db.Scope, revisionOf.RegionIds))
                return RebateOverlapRemedy.Refused(new Problem(ProblemCodes.NotManageable, null, revisionOf.Code));
            var pending = await db.RebatePolicies.Where(p => p.Code == revisionOf.Code && p.Status == RebatePolicyStatus.Draft)
                .Select(p => (int?)p.VersionNumber).FirstOrDefaultAsync(ct);
            if (pending is { } draftVersion) return RebateOverlapRemedy.Refused(new Problem(ProblemCodes.RevisionPending, null, revisionOf.Code, draftVersion));
        }

        if (target.ProductScope.Without(source.ProductScope) is not { } kept)
            return RebateOverlapRemedy.Refused(source.ProductTarget == RebateProductTarget.All
                ? new Problem(ProblemCodes.OverlapAllProducts, null, source.Code)
                : new Problem(ProblemCodes.NoProductLeft, null));
        var scoped = new RebatePolicy();
        Apply(scoped, kept);
        if (!await RebateCoverage.ProductIds(db, scoped).AnyAsync(ct)) return RebateOverlapRemedy.Refused(new Problem(ProblemCodes.NoProductLeft, null));

        string? fromPeriod = null;
        if (revisionOf is not null)
        {
            var start = RevisionStart(source, revisionOf);
            if (await RevisionStartProblemAsync(db, revisionOf, start, CommandSupport.Today(clock), ct) is { } problem) return RebateOverlapRemedy.Refused(problem with { Field = null });
            fromPeriod = RebatePeriod.Containing(revisionOf.PeriodType, start).Label;
        }

        var was = target.ProductScope;
        var categories = was.CategoryIds.Except(kept.CategoryIds).Union(kept.ExcludedCategoryIds.Except(was.ExcludedCategoryIds)).ToList();
        var products = was.ProductIds.Except(kept.ProductIds).Union(kept.ExcludedProductIds.Except(was.ExcludedProductIds)).ToList();
        return new RebateOverlapRemedy(
            await db.ProductCategories.Where(c => categories.Contains(c.Id)).OrderBy(c => c.Code)
                .Select(c => new RebateOption(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(ct),
            await db.Products.Where(p => products.Contains(p.Id)).OrderBy(p => p.Sku)
                .Select(p => new RebateOption(p.Id, p.Sku, p.Name, p.NameEn)).ToListAsync(ct),
            fromPeriod, null);
    }

    /// <summary>A revision of <paramref name="other"/> starts in its period where both begin to pay, so that it covers every shared day.</summary>
    private static DateOnly RevisionStart(RebatePolicy draft, RebatePolicy other) =>
        RebatePeriod.Containing(other.PeriodType, draft.StartsOn > other.StartsOn ? draft.StartsOn : other.StartsOn).Start;

    private static void Apply(RebatePolicy policy, RebateProductScope scope)
    {
        policy.ProductTarget = scope.Target;
        policy.CategoryIds = [.. scope.CategoryIds.Distinct().Order()];
        policy.ProductIds = [.. scope.ProductIds.Distinct().Order()];
        policy.ExcludedCategoryIds = [.. scope.ExcludedCategoryIds.Distinct().Order()];
        policy.ExcludedProductIds = [.. scope.ExcludedProductIds.Distinct().Order()];
    }
}
