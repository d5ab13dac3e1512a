using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>The read side of rebate policies: the list, a version's detail, the editor's pickers and the preview, within the caller's scope.</summary>
public sealed class RebatePolicyQueryService(PortalDbContextFactory contexts, TimeProvider clock)
{
    private const int PickerSize = 20;

    public async Task<PagedResult<RebatePolicyRow>> ListAsync(PageRequest request, RebatePolicyStatus? status = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateAsync(ct);
        var query = db.RebatePolicies.AsNoTracking().Visible(db.Scope);
        if (status is { } s) query = query.Where(p => p.Status == s);
        if (request.SearchPattern is { } pattern)
            query = query.Where(p => EF.Functions.Like(p.Code, pattern, PageRequest.LikeEscape) || EF.Functions.Like(p.Name, pattern, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        query = request.SortBy switch
        {
            "Name" => request.Descending ? query.OrderByDescending(p => p.Name) : query.OrderBy(p => p.Name),
            "StartsOn" => request.Descending ? query.OrderByDescending(p => p.StartsOn) : query.OrderBy(p => p.StartsOn),
            "Status" => request.Descending ? query.OrderByDescending(p => p.Status) : query.OrderBy(p => p.Status),
            "Code" when !request.Descending => query.OrderBy(p => p.Code).ThenBy(p => p.VersionNumber),
            _ => query.OrderByDescending(p => p.Code).ThenByDescending(p => p.VersionNumber),
        };
        var page = await query.Skip(request.Skip).Take(request.SafePageSize).ToListAsync(ct);
        var rows = page.Select(p => new RebatePolicyRow(p.Id, p.Code, p.VersionNumber, p.Name, p.Status, p.PeriodType, p.StartsOn,
            p.EndsOn, p.Basis, p.Mode, p.Tiers.Count, p.Stackable, RebateAccess.CanManage(db.Scope, p.RegionIds))).ToList();
        return new PagedResult<RebatePolicyRow>(rows, total);
    }

    public async Task<RebatePolicyDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var p = await db.RebatePolicies.AsNoTracking().Visible(db.Scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;

        var regions = await db.Regions.Where(r => p.RegionIds.Contains(r.Id)).OrderBy(r => r.Code)
            .Select(r => new RebateOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
        var partners = await db.Partners.Where(x => p.PartnerIds.Contains(x.Id)).OrderBy(x => x.Code)
            .Select(x => new RebateOption(x.Id, x.Code, x.Name, x.NameEn)).ToListAsync(ct);
        var categories = await db.ProductCategories.Where(c => p.CategoryIds.Contains(c.Id)).OrderBy(c => c.Code)
            .Select(c => new RebateOption(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(ct);
        var products = await db.Products.Where(x => p.ProductIds.Contains(x.Id)).OrderBy(x => x.Sku)
            .Select(x => new RebateOption(x.Id, x.Sku, x.Name, x.NameEn)).ToListAsync(ct);
        var versions = await db.RebatePolicies.AsNoTracking().Where(x => x.Code == p.Code).OrderBy(x => x.VersionNumber)
            .Select(x => new RebateVersionLink(x.Id, x.VersionNumber, x.Status, x.StartsOn, x.EndsOn)).ToListAsync(ct);
        var excludedCategories = await db.ProductCategories.Where(c => p.ExcludedCategoryIds.Contains(c.Id)).OrderBy(c => c.Code)
            .Select(c => new RebateOption(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(ct);
        var excludedProducts = await db.Products.Where(x => p.ExcludedProductIds.Contains(x.Id)).OrderBy(x => x.Sku)
            .Select(x => new RebateOption(x.Id, x.Sku, x.Name, x.NameEn)).ToListAsync(ct);
        var today = CommandSupport.Today(clock);
        var active = p.Status == RebatePolicyStatus.Draft && p.VersionNumber > 1
            ? await db.RebatePolicies.AsNoTracking().FirstOrDefaultAsync(x => x.Code == p.Code && x.Status == RebatePolicyStatus.Active, ct)
            : null;

        return new RebatePolicyDetail(p.Id, p.Code, p.VersionNumber, p.Status, p.ToDraft(), p.RateKind, regions, partners, categories,
            products, RebateAccess.CanManage(db.Scope, p.RegionIds), p.CreatedAt, p.ActivatedAt, versions,
            await PeriodsAsync(db, p, ct))
        {
            ExcludedCategories = excludedCategories,
            ExcludedProducts = excludedProducts,
            PreviewPeriods = RebatePreviewPeriods.Offered(p.PeriodType, versions.Min(v => v.StartsOn), p.EndsOn, today)
                .Select(x => new RebatePreviewPeriod(x.Start, x.End, x.Label, !x.IsClosedOn(today))).ToList(),
            DefaultPreviewStart = RebatePreviewPeriods.Default(p.PeriodType, today).Start,
            EarliestRevisionStart = active is null ? null : RebateRevisionRules.EarliestStart(active.PeriodType, active.StartsOn, today),
        };
    }

    /// <summary>Each period of the version so far, newest first, with its accruals summed in the database.</summary>
    private async Task<IReadOnlyList<RebatePeriodSummary>> PeriodsAsync(PortalDbContext db, RebatePolicy p, CancellationToken ct)
    {
        if (!p.Accrues) return [];
        var today = CommandSupport.Today(clock);
        var sums = await db.RebateAccruals.Where(a => a.PolicyId == p.Id)
            .GroupBy(a => a.PeriodStart)
            .Select(g => new
            {
                Start = g.Key, Partners = g.Count(), Earning = g.Count(a => a.Amount > 0), Accrued = g.Sum(a => a.Amount),
                Settled = g.Count(a => a.SettledAt != null),
            })
            .ToDictionaryAsync(x => x.Start, ct);
        return RebateAccrualWriter.PeriodsSoFar(p, today).Reverse()
            .Select(period => sums.TryGetValue(period.Start, out var s)
                ? new RebatePeriodSummary(period.Start, period.End, period.Label, s.Partners, s.Earning, s.Accrued, s.Settled, period.IsClosedOn(today))
                : new RebatePeriodSummary(period.Start, period.End, period.Label, 0, 0, 0m, 0, period.IsClosedOn(today)))
            .ToList();
    }

    public async Task<RebateEditorOptions> GetEditorOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var regions = db.Regions.AsQueryable();
        if (!SeesAll(db.Scope))
        {
            var mine = db.Scope.Kind == ScopeKind.Regions ? db.Scope.RegionIds.ToList() : [];
            regions = regions.Where(r => mine.Contains(r.Id));
        }
        return new RebateEditorOptions(
            await regions.OrderBy(r => r.Code).Select(r => new RebateOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct),
            await db.ProductCategories.OrderBy(c => c.Code).Select(c => new RebateOption(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(ct));
    }

    /// <summary>Partners in the given regions whose code or name contains the text; at most 20.</summary>
    public async Task<IReadOnlyList<RebateOption>> SearchPartnersAsync(IReadOnlyCollection<int> regionIds, string? text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        await using var db = await contexts.CreateAsync(ct);
        var ids = regionIds.ToList();
        var query = db.Partners.AsNoTracking().Where(p => ids.Contains(p.RegionId));
        if (new PageRequest(Search: text).SearchPattern is { } pattern)
            query = query.Where(p => EF.Functions.Like(p.Code, pattern, PageRequest.LikeEscape) || EF.Functions.Like(p.Name, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(p.NameEn, pattern, PageRequest.LikeEscape));
        return await query.OrderBy(p => p.Code).Take(PickerSize).Select(p => new RebateOption(p.Id, p.Code, p.Name, p.NameEn)).ToListAsync(ct);
    }

    /// <summary>Products whose SKU or name contains the text; at most 20.</summary>
    public async Task<IReadOnlyList<RebateOption>> SearchProductsAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Products.AsNoTracking();
        if (new PageRequest(Search: text).SearchPattern is { } pattern)
            query = query.Where(p => EF.Functions.Like(p.Sku, pattern, PageRequest.LikeEscape) || EF.Functions.Like(p.Name, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(p.NameEn, pattern, PageRequest.LikeEscape));
        return await query.OrderBy(p => p.Sku).Take(PickerSize).Select(p => new RebateOption(p.Id, p.Sku, p.Name, p.NameEn)).ToListAsync(ct);
    }

    /// <summary>
    /// The version's rules, draft or not, applied to one of its <see cref="RebatePolicyDetail.PreviewPeriods"/> (by its first
    /// day; the last complete period when none is given). Null when the caller cannot see the version or the period is not
    /// one offered.
    /// </summary>
    public async Task<RebatePreview?> PreviewAsync(int id, DateOnly? periodStart = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var policy = await db.RebatePolicies.AsNoTracking().Visible(db.Scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null) return null;
        var today = CommandSupport.Today(clock);
        var period = RebatePreviewPeriods.Default(policy.PeriodType, today);
        if (periodStart is { } start)
        {
            var code = policy.Code;
            var firstStart = await db.RebatePolicies.Where(p => p.Code == code).MinAsync(p => p.StartsOn, ct);
            var offered = RebatePreviewPeriods.Offered(policy.PeriodType, firstStart, policy.EndsOn, today);
            var picked = offered.Where(p => p.Start == start).ToList();
            if (picked.Count == 0) return null;
            period = picked[0];
        }
        var running = !period.IsClosedOn(today);
        if (RebateSchemeRules.Validate(policy.Scheme).Count > 0) return new RebatePreview(period.Label, period.Start, period.End, []) { Running = running };

        var covered = RebateCoverage.PartnerIds(db, policy);
        var partners = await db.Partners.AsNoTracking().Where(p => covered.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.Name, p.NameEn, p.Tier }).ToListAsync(ct);
        var sums = await RebateCoverage.SumsAsync(db, policy, period, partners.Select(p => p.Id).ToHashSet(), ct);
        var nothing = new RebateBasisFigures(0m, 0m);
        var rows = partners.Select(p =>
            {
                var result = RebateCalculator.Calculate(policy.Scheme, sums.GetValueOrDefault(p.Id, nothing));
                return new RebatePreviewRow(p.Id, p.Code, new LocalName(p.Name, p.NameEn), p.Tier, result.Basis, result.TierReached, result.RateReached,
                    result.Amount, result.Capped);
            })
            .OrderByDescending(r => r.Amount).ThenByDescending(r => r.Basis).ThenBy(r => r.PartnerCode)
            .ToList();
        return new RebatePreview(period.Label, period.Start, period.End, rows) { Running = running };
    }

    private static bool SeesAll(AccessScope scope) => scope.Kind == ScopeKind.All;
}
