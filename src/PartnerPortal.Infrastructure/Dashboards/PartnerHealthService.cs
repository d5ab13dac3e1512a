using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>Partner health scores for brand staff, computed from grouped queries over the caller's active partners.</summary>
public sealed class PartnerHealthService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, PartnerHealthWeights weights,
    TimeProvider clock)
{
    /// <summary>The weights in use (from the settings), for the page that explains the score.</summary>
    public PartnerHealthWeights Weights => weights;

    /// <summary>Active partners in scope (optionally one region, one band), lowest score first, then by code.</summary>
    /// <exception cref="Domain.Access.ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<PagedResult<PartnerHealthRow>> ListAsync(PageRequest page, int? regionId, HealthBand? band, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var today = CommandSupport.Today(clock);
        var months = await DashboardQueries.ShippedByPartnerMonthAsync(db, regionId, PartnerHealthInputs.ShipmentsFrom(today),
            DashboardQueries.MonthStart(today), ct);
        var rows = await ScoreAsync(db, regionId, months, today, ct);
        var selected = band is { } b ? rows.Where(r => r.Health.Band == b).ToList() : rows;
        return new PagedResult<PartnerHealthRow>(selected.Skip(page.Skip).Take(page.SafePageSize).ToList(), selected.Count);
    }

    /// <summary>One partner's score; null when the partner is not in the caller's scope or not active.</summary>
    /// <exception cref="Domain.Access.ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<PartnerHealthRow?> GetAsync(int partnerId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var today = CommandSupport.Today(clock);
        var from = PartnerHealthInputs.ShipmentsFrom(today);
        var until = DashboardQueries.MonthStart(today);
        var months = await db.Shipments.AsNoTracking()
            .Where(s => s.PartnerId == partnerId && s.ShippedOn >= from && s.ShippedOn < until)
            .GroupBy(s => new { s.ShippedOn.Year, s.ShippedOn.Month })
            .Select(g => new PartnerMonth(partnerId, g.Key.Year, g.Key.Month, g.Sum(s => s.Amount)))
            .ToListAsync(ct);
        var region = await db.Partners.Where(p => p.Id == partnerId).Select(p => (int?)p.RegionId).FirstOrDefaultAsync(ct);
        if (region is null) return null;
        var rows = await ScoreAsync(db, region, months, today, ct, partnerId);
        return rows.FirstOrDefault();
    }

    /// <summary>Every active partner the context sees (in one region, or just one partner), lowest score first, then by code.</summary>
    internal async Task<List<PartnerHealthRow>> ScoreAsync(PortalDbContext db, int? regionId, IReadOnlyList<PartnerMonth> months,
        DateOnly today, CancellationToken ct, int? partnerId = null)
    {
        var active = DashboardQueries.Partners(db, regionId).Where(p => p.Status == PartnerStatus.Active);
        if (partnerId is { } id) active = active.Where(p => p.Id == id);
        var named = await active
            .Select(p => new { p.Id, p.Code, p.Name, p.NameEn, p.Tier, p.RegionId, RegionName = p.Region!.Name, RegionNameEn = p.Region.NameEn })
            .ToListAsync(ct);
        var inputs = await PartnerHealthInputs.LoadAsync(db, regionId, named.Select(p => p.Id).ToList(), months, today, ct);
        return named
            .Select(p => new PartnerHealthRow(p.Id, p.Code, p.Name, p.NameEn, p.Tier, p.RegionId, p.RegionName, p.RegionNameEn, inputs[p.Id],
                PartnerHealthCalculator.Calculate(inputs[p.Id], weights)))
            .OrderBy(r => r.Health.Score).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }
}
