using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Rebates;

public sealed partial class RebatePolicyService
{
    private static Task<RebatePolicy?> ActiveVersionAsync(PortalDbContext db, string code, CancellationToken ct) =>
        db.RebatePolicies.FirstOrDefaultAsync(p => p.Code == code && p.Status == RebatePolicyStatus.Active, ct);

    /// <summary><see cref="RebateRevisionRules.CheckStart"/> for a revision of <paramref name="active"/>, with the policy's settled periods.</summary>
    private async Task<Problem?> RevisionStartProblemAsync(PortalDbContext db, RebatePolicy active, DateOnly startsOn, CancellationToken ct)
    {
        var code = active.Code;
        var settled = await db.RebateAccruals.Where(a => a.Policy!.Code == code && a.SettledAt != null)
            .Select(a => a.PeriodStart).Distinct().ToListAsync(ct);
        return RebateRevisionRules.CheckStart(active.PeriodType, startsOn, active.StartsOn, active.EndsOn, CommandSupport.Today(clock), settled.ToHashSet());
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
