using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// What every change to a policy checks, shared by <see cref="RebatePolicyService"/> and <see cref="RebateOverlapService"/>:
/// the caller may manage it, the draft's rules and references hold, no exclusive policy already pays the same partners for
/// the same products, and a revision starts in a period still open.
/// </summary>
internal static class RebatePolicyChecks
{
    public static async Task<RebatePolicy?> ManageableAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var policy = await db.RebatePolicies.Visible(db.Scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        return policy is not null && RebateAccess.CanManage(db.Scope, policy.RegionIds) ? policy : null;
    }

    /// <summary>The version's rules plus: every region, partner, category and product it names exists and is in the caller's scope.</summary>
    public static async Task<List<Problem>> ValidateAsync(PortalDbContext db, RebatePolicyDraft draft, CancellationToken ct)
    {
        var problems = RebatePolicyRules.Validate(draft).ToList();
        var regionIds = draft.RegionIds?.Distinct().ToList() ?? [];
        if (regionIds.Count > 0)
        {
            var known = await db.Regions.CountAsync(r => regionIds.Contains(r.Id), ct);
            if (known != regionIds.Count || !RebateAccess.CanManage(db.Scope, regionIds))
                problems.Add(new Problem(ProblemCodes.OutsideScope, nameof(draft.RegionIds)));
        }
        if (draft.PartnerTarget == RebatePartnerTarget.Partners && draft.PartnerIds is { Count: > 0 })
        {
            var ids = draft.PartnerIds.Distinct().ToList();
            var inScope = await db.Partners.CountAsync(p => ids.Contains(p.Id) && regionIds.Contains(p.RegionId), ct);
            if (inScope != ids.Count) problems.Add(new Problem(ProblemCodes.OutsideScope, nameof(draft.PartnerIds)));
        }
        if (draft.ProductTarget == RebateProductTarget.Categories && draft.CategoryIds is { Count: > 0 })
        {
            var ids = draft.CategoryIds.Distinct().ToList();
            if (await db.ProductCategories.CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
                problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.CategoryIds)));
        }
        if (draft.ProductTarget == RebateProductTarget.Products && draft.ProductIds is { Count: > 0 })
        {
            var ids = draft.ProductIds.Distinct().ToList();
            if (await db.Products.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
                problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.ProductIds)));
        }
        problems.AddRange(await ExclusionProblemsAsync(db, draft, ct));
        return problems;
    }

    /// <summary>Another policy's accruing version that would pay the same partners for the same products on the same days.</summary>
    public static async Task<RebatePolicy?> FirstConflictAsync(PortalDbContext db, RebatePolicy policy, CancellationToken ct)
    {
        if (policy.Stackable) return null;
        var candidates = await db.RebatePolicies.AsNoTracking()
            .Where(p => p.Code != policy.Code && p.Status != RebatePolicyStatus.Draft && !p.Stackable
                        && p.StartsOn <= policy.EndsOn && p.EndsOn >= policy.StartsOn && p.EndsOn >= p.StartsOn)
            .OrderBy(p => p.Code)
            .ToListAsync(ct);
        if (candidates.Count == 0) return null;
        var mine = await CoverageAsync(db, policy, ct);
        foreach (var other in candidates)
            if (RebatePolicyRules.Conflict(mine, await CoverageAsync(db, other, ct))) return other;
        return null;
    }

    public static async Task<PolicyCoverage> CoverageAsync(PortalDbContext db, RebatePolicy p, CancellationToken ct) =>
        new(p.StartsOn, p.EndsOn, p.Stackable,
            (await RebateCoverage.PartnerIds(db, p).ToListAsync(ct)).ToHashSet(),
            (await RebateCoverage.ProductIds(db, p).ToListAsync(ct)).ToHashSet());

    /// <summary>Copies the draft, keeping only the lists its targets use, each once and in order.</summary>
    public static void Copy(RebatePolicyDraft d, RebatePolicy p)
    {
        p.Name = d.Name.Trim();
        p.PeriodType = d.PeriodType;
        p.StartsOn = d.StartsOn;
        p.EndsOn = d.EndsOn;
        p.Basis = d.Basis;
        p.Mode = d.Mode;
        p.RateKind = d.RateKind;
        p.Tiers = d.Tiers.ToArray();
        p.CapPerPeriod = d.CapPerPeriod;
        p.Stackable = d.Stackable;
        p.RegionIds = d.RegionIds.Distinct().Order().ToList();
        p.PartnerTarget = d.PartnerTarget;
        p.PartnerTiers = d.PartnerTarget == RebatePartnerTarget.Tiers ? d.PartnerTiers.Distinct().Order().ToList() : [];
        p.PartnerIds = d.PartnerTarget == RebatePartnerTarget.Partners ? d.PartnerIds.Distinct().Order().ToList() : [];
        p.ProductTarget = d.ProductTarget;
        p.CategoryIds = d.ProductTarget == RebateProductTarget.Categories ? d.CategoryIds.Distinct().Order().ToList() : [];
        p.ProductIds = d.ProductTarget == RebateProductTarget.Products ? d.ProductIds.Distinct().Order().ToList() : [];
        p.ExcludedCategoryIds = (d.ExcludedCategoryIds ?? []).Distinct().Order().ToList();
        p.ExcludedProductIds = (d.ExcludedProductIds ?? []).Distinct().Order().ToList();
    }

    public static Task<RebatePolicy?> ActiveVersionAsync(PortalDbContext db, string code, CancellationToken ct) =>
        db.RebatePolicies.FirstOrDefaultAsync(p => p.Code == code && p.Status == RebatePolicyStatus.Active, ct);

    /// <summary><see cref="RebateRevisionRules.CheckStart"/> for a revision of <paramref name="active"/>, with the policy's settled periods.</summary>
    public static async Task<Problem?> RevisionStartProblemAsync(PortalDbContext db, RebatePolicy active, DateOnly startsOn, DateOnly today,
        CancellationToken ct)
    {
        var code = active.Code;
        var settled = await db.RebateAccruals.Where(a => a.Policy!.Code == code && a.SettledAt != null)
            .Select(a => a.PeriodStart).Distinct().ToListAsync(ct);
        return RebateRevisionRules.CheckStart(active.PeriodType, startsOn, active.StartsOn, active.EndsOn, today, settled.ToHashSet());
    }

    /// <summary>Excluded categories and products exist, and the exclusions leave the policy something to pay on.</summary>
    private static async Task<List<Problem>> ExclusionProblemsAsync(PortalDbContext db, RebatePolicyDraft draft, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var categories = (draft.ExcludedCategoryIds ?? []).Distinct().ToList();
        var products = (draft.ExcludedProductIds ?? []).Distinct().ToList();
        if (categories.Count == 0 && products.Count == 0) return problems;
        if (categories.Count > 0 && await db.ProductCategories.CountAsync(c => categories.Contains(c.Id), ct) != categories.Count)
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.ExcludedCategoryIds)));
        if (products.Count > 0 && await db.Products.CountAsync(p => products.Contains(p.Id), ct) != products.Count)
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.ExcludedProductIds)));
        if (problems.Count > 0) return problems;

        var scoped = new RebatePolicy
        {
            ProductTarget = draft.ProductTarget,
            CategoryIds = draft.ProductTarget == RebateProductTarget.Categories ? [.. draft.CategoryIds ?? []] : [],
            ProductIds = draft.ProductTarget == RebateProductTarget.Products ? [.. draft.ProductIds ?? []] : [],
            ExcludedCategoryIds = categories,
            ExcludedProductIds = products,
        };
        if (!await RebateCoverage.ProductIds(db, scoped).AnyAsync(ct))
            problems.Add(new Problem(ProblemCodes.NoProductLeft, products.Count > 0 ? nameof(draft.ExcludedProductIds) : nameof(draft.ExcludedCategoryIds)));
        return problems;
    }
}
