using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>Reads the partner and the brand-staff services share, so that both show the same figures.</summary>
internal static class PointsQueries
{
    public static readonly Expression<Func<Reward, RewardRow>> RewardRow = r =>
        new RewardRow(r.Id, r.Name, r.NameEn, r.Description, r.DescriptionEn, r.PointsCost, r.Stock, r.IsActive);

    /// <returns>Null when the partner is not in the context's scope.</returns>
    public static async Task<PointsSummary?> SummaryAsync(PortalDbContext db, int partnerId, bool canRedeem, TimeProvider clock, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => new { p.Code, p.Name, p.NameEn })
            .FirstOrDefaultAsync(ct);
        if (partner is null) return null;
        var yearStart = new DateTimeOffset(new DateTime(clock.GetLocalNow().Year, 1, 1), clock.GetLocalNow().Offset);
        var thisYear = db.PointsEntries.Where(e => e.PartnerId == partnerId && e.CreatedAt >= yearStart);
        var earned = await thisYear.Where(e => e.Points > 0 && e.Kind != PointsEntryKind.RedemptionReversed).SumAsync(e => (int?)e.Points, ct) ?? 0;
        var spent = -(await thisYear.Where(e => e.Kind == PointsEntryKind.Redemption || e.Kind == PointsEntryKind.RedemptionReversed)
            .SumAsync(e => (int?)e.Points, ct) ?? 0);
        var pending = await db.Redemptions.CountAsync(r => r.PartnerId == partnerId && r.Status == RedemptionStatus.Pending, ct);
        return new PointsSummary(partnerId, partner.Code, new LocalName(partner.Name, partner.NameEn), await PointsLedger.BalanceAsync(db, partnerId, ct),
            earned, spent, pending, canRedeem);
    }

    /// <summary>Newest first.</summary>
    public static async Task<PagedResult<PointsEntryRow>> LedgerAsync(PortalDbContext db, int partnerId, PageRequest request, CancellationToken ct)
    {
        var query = db.PointsEntries.AsNoTracking().Where(e => e.PartnerId == partnerId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(request.Skip).Take(request.SafePageSize)
            .Select(e => new PointsEntryRow(e.Id, e.CreatedAt, e.Kind, e.Points, e.UserName, e.Reason, e.CreatedByUserName))
            .ToListAsync(ct);
        var actor = await ActorNames.ResolveAsync(db, rows.SelectMany(r => new[] { r.UserName, r.CreatedBy }), ct);
        return new PagedResult<PointsEntryRow>(rows.Select(r => r with { UserName = actor(r.UserName), CreatedBy = actor(r.CreatedBy) }).ToList(), total);
    }

    /// <summary>Newest first.</summary>
    public static async Task<PagedResult<RedemptionRow>> RedemptionsAsync(PortalDbContext db, IQueryable<Redemption> query, PageRequest request,
        CancellationToken ct)
    {
        if (request.SearchPattern is { } like)
            query = query.Where(r => EF.Functions.Like(r.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(r.Partner.Name, like, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Skip(request.Skip).Take(request.SafePageSize)
            .Select(r => new RedemptionRow(r.Id, r.PartnerId, r.Partner!.Code, new LocalName(r.Partner.Name, r.Partner.NameEn), r.Reward!.Name,
                r.Reward.NameEn, r.Points, r.Status, r.RequestedByUserName, r.RequestedAt, r.DecidedByUserName, r.DecidedAt, r.Note))
            .ToListAsync(ct);
        var actor = await ActorNames.ResolveAsync(db, rows.SelectMany(r => new[] { r.RequestedBy, r.DecidedBy }), ct);
        return new PagedResult<RedemptionRow>(
            rows.Select(r => r with { RequestedBy = actor(r.RequestedBy), DecidedBy = r.DecidedBy is null ? null : actor(r.DecidedBy) }).ToList(), total);
    }
}
