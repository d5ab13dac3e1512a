using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Inventory;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>
/// The channel manager's and admin's home page over the caller's regions. Sales come from one grouped query (partner ×
/// month) that also feeds the ranking and the health score; every other figure is a count or sum in the database.
/// </summary>
public sealed class ManagerDashboardService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, PartnerHealthService health,
    TimeProvider clock)
{
    public const int RankingSize = 5;
    public const int LowestHealthSize = 5;
    public const int TrainingPartners = 10;

    /// <summary>The dashboard of the caller's regions, or of one of them; null when <paramref name="regionId"/> is not one the caller sees.</summary>
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<ManagerDashboard?> GetAsync(int? regionId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var regions = await VisibleRegionsAsync(db, ct);
        if (regionId is { } asked && regions.All(r => r.Id != asked)) return null;

        var today = CommandSupport.Today(clock);
        var year = today.Year;
        var partners = DashboardQueries.Partners(db, regionId);
        var named = await partners
            .Select(p => new { p.Id, p.Code, p.Name, p.NameEn, p.Tier, p.Status, p.RegionId, RegionName = p.Region!.Name, RegionNameEn = p.Region.NameEn })
            .ToListAsync(ct);

        var yearStart = new DateOnly(year, 1, 1);
        var from = Min(yearStart.AddYears(-1), PartnerHealthInputs.ShipmentsFrom(today));
        var months = await DashboardQueries.ShippedByPartnerMonthAsync(db, regionId, from, today.AddDays(1), ct);
        // Last year's current month up to the same day, so that "last year" compares like with like.
        var sameDayLastYear = today.AddYears(-1);
        var partialMonth = await PartialMonthAsync(db, regionId, DashboardQueries.MonthStart(sameDayLastYear), sameDayLastYear, ct);

        var lastYearToDate = new Dictionary<int, decimal>(partialMonth);
        var thisYearToDate = new Dictionary<int, decimal>();
        foreach (var m in months)
        {
            if (m.Year == year) thisYearToDate[m.PartnerId] = thisYearToDate.GetValueOrDefault(m.PartnerId) + m.Amount;
            else if (m.Year == year - 1 && m.Month < today.Month)
                lastYearToDate[m.PartnerId] = lastYearToDate.GetValueOrDefault(m.PartnerId) + m.Amount;
        }

        // Each region's months in one pass over the partner months (there are tens of thousands of them for every region).
        var regionOf = named.ToDictionary(p => p.Id, p => p.RegionId);
        var regionMonths = new Dictionary<(int RegionId, int Year, int Month), decimal>();
        foreach (var m in months)
        {
            if (!regionOf.TryGetValue(m.PartnerId, out var inRegion)) continue;
            regionMonths[(inRegion, m.Year, m.Month)] = regionMonths.GetValueOrDefault((inRegion, m.Year, m.Month)) + m.Amount;
        }
        var trend = regions.Where(r => regionId is null || r.Id == regionId).Select(r =>
        {
            decimal[] Year(int y) => Enumerable.Range(1, 12).Select(mo => regionMonths.GetValueOrDefault((r.Id, y, mo))).ToArray();
            var toDate = lastYearToDate.Where(kv => regionOf.GetValueOrDefault(kv.Key) == r.Id).Sum(kv => kv.Value);
            return new RegionSalesTrend(r.Id, r.Name, r.NameEn, Year(year), Year(year - 1), toDate);
        }).ToList();

        var scores = await health.ScoreAsync(db, regionId, months, today, ct);
        var ranking = scores.Select(p => new PartnerRanking(p.PartnerId, p.Code, p.Name, p.NameEn, p.Tier, p.RegionId, p.RegionName,
            p.RegionNameEn, thisYearToDate.GetValueOrDefault(p.PartnerId), lastYearToDate.GetValueOrDefault(p.PartnerId),
            p.Health[HealthFactor.PurchaseGrowth].Measure)).ToList();

        var bands = new HealthBands(scores.Count(s => s.Health.Band == HealthBand.Healthy), scores.Count(s => s.Health.Band == HealthBand.Watch),
            scores.Count(s => s.Health.Band == HealthBand.AtRisk));
        var training = scores.Where(s => s.Input.CoursesEnrolled > 0)
            .OrderByDescending(s => s.Input.CoursesEnrolled).ThenBy(s => s.Code, StringComparer.Ordinal).Take(TrainingPartners)
            .Select(s => new PartnerTrainingCompletion(s.PartnerId, s.Code, s.Name, s.NameEn, s.Input.CoursesEnrolled, s.Input.CoursesPassed))
            .ToList();

        return new ManagerDashboard(year, today, regions, regionId, named.Count, trend,
            ranking.OrderByDescending(r => r.ShippedThisYear).ThenBy(r => r.Code, StringComparer.Ordinal).Take(RankingSize).ToList(),
            ranking.OrderBy(r => r.ShippedThisYear).ThenBy(r => r.Code, StringComparer.Ordinal).Take(RankingSize).ToList(),
            GrowthRanking.Growing(ranking, r => r.Growth, r => r.Code, RankingSize),
            GrowthRanking.Declining(ranking, r => r.Growth, r => r.Code, RankingSize),
            bands, scores.Take(LowestHealthSize).ToList(), await QueuesAsync(db, regionId, partners, today, ct), training);
    }

    /// <summary>Every region for admin; a manager's own regions.</summary>
    private static Task<List<DashboardRegion>> VisibleRegionsAsync(PortalDbContext db, CancellationToken ct)
    {
        var regions = db.Regions.AsNoTracking();
        if (db.Scope.Kind != ScopeKind.All)
        {
            var ids = db.Scope.RegionIds.ToList();
            regions = regions.Where(r => ids.Contains(r.Id));
        }
        return regions.OrderBy(r => r.Code).Select(r => new DashboardRegion(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
    }

    private static Task<Dictionary<int, decimal>> PartialMonthAsync(PortalDbContext db, int? regionId, DateOnly from, DateOnly through,
        CancellationToken ct)
    {
        var shipments = db.Shipments.AsNoTracking().Where(s => s.ShippedOn >= from && s.ShippedOn <= through);
        if (regionId is { } region) shipments = shipments.Where(s => s.Partner!.RegionId == region);
        return shipments.GroupBy(s => s.PartnerId).Select(g => new { PartnerId = g.Key, Amount = g.Sum(s => s.Amount) })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Amount, ct);
    }

    /// <summary>The counts behind the work-queue tiles, each by the same rule as the list it links to.</summary>
    private async Task<WorkQueues> QueuesAsync(PortalDbContext db, int? regionId, IQueryable<Partner> partners, DateOnly today,
        CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.PendingApproval);
        var redemptions = db.Redemptions.AsNoTracking().Where(r => r.Status == RedemptionStatus.Pending);
        var invoices = db.LedgerEntries.AsNoTracking().Overdue(today);
        var documents = db.PartnerDocuments.AsNoTracking().ExpiringWithin(today, ExpiringDocuments.DefaultDays);
        var renewals = db.PartnerDocumentRenewals.AsNoTracking().Pending();
        if (regionId is { } region)
        {
            renewals = renewals.Where(r => r.Partner!.RegionId == region);
            orders = orders.Where(o => o.Partner!.RegionId == region);
            redemptions = redemptions.Where(r => r.Partner!.RegionId == region);
            invoices = invoices.Where(e => e.Partner!.RegionId == region);
            documents = documents.Where(d => d.Partner!.RegionId == region);
        }
        var overdue = await invoices.GroupBy(e => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(e => e.OpenAmount) }).FirstOrDefaultAsync(ct);
        var silent = await partners.Silent(db.Orders, SilentPartners.Since(clock, SilentPartners.DefaultDays)).CountAsync(ct);
        return new WorkQueues(await orders.CountAsync(ct), await redemptions.CountAsync(ct), overdue?.Count ?? 0, overdue?.Amount ?? 0m,
            await LowStockService.CountAsync(db, ct), silent, await documents.CountAsync(ct), await renewals.CountAsync(ct),
            await db.ReturnRequests.AsNoTracking().CountAsync(r => r.Status == ReturnStatus.Requested, ct));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
