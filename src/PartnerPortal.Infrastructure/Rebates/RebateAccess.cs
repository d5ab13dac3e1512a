using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Which policy versions a caller sees and may change. Policies are not partner data, so the query filters do not
/// cover them: a channel manager sees a version that reaches into any of their regions and changes only one that
/// stays entirely inside them; an administrator sees and changes all.
/// </summary>
internal static class RebateAccess
{
    public static IQueryable<RebatePolicy> Visible(this IQueryable<RebatePolicy> policies, AccessScope scope)
    {
        if (scope.Kind == ScopeKind.All) return policies;
        if (scope.Kind != ScopeKind.Regions) return policies.Where(_ => false);
        var regionIds = scope.RegionIds.ToList();
        return policies.Where(p => p.RegionIds.Any(r => regionIds.Contains(r)));
    }

    public static bool CanManage(AccessScope scope, IEnumerable<int> policyRegionIds) =>
        scope.Kind == ScopeKind.All || (scope.Kind == ScopeKind.Regions && policyRegionIds.All(scope.RegionIds.Contains));
}
