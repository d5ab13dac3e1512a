using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// What was shipped, as its readers see it: a dealer its own partner's shipments, a channel manager those of their
/// regions, Admin all (the context's scope). Shipped amounts on the dashboards are sums of these rows by shipping day.
/// </summary>
public sealed class ShipmentQueryService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>Latest shipped first; the totals cover every matching shipment, not only the page.</summary>
    /// <exception cref="ScopeViolationException">The caller does not read orders (a trainee).</exception>
    public async Task<ShipmentPage> ListAsync(PageRequest page, ShipmentFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAdmin && !user.IsInRole(PortalRoles.ChannelManager) && !user.IsInRole(PortalRoles.Dealer))
            throw new ScopeViolationException("Shipments are read by dealers and the brand's staff.");
        await using var db = await contexts.CreateAsync(ct);

        var shipments = db.Shipments.AsNoTracking();
        if (filter.From is { } from) shipments = shipments.Where(s => s.ShippedOn >= from);
        if (filter.To is { } to) shipments = shipments.Where(s => s.ShippedOn <= to);
        if (filter.PartnerId is { } partnerId) shipments = shipments.Where(s => s.PartnerId == partnerId);
        if (filter.RegionId is { } regionId) shipments = shipments.Where(s => s.Partner!.RegionId == regionId);
        if (page.SearchPattern is { } like)
            shipments = shipments.Where(s => EF.Functions.Like(s.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(s.Order!.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(s.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(s.Partner.Name, like, PageRequest.LikeEscape)
                || EF.Functions.Like(s.Partner.NameEn, like, PageRequest.LikeEscape));

        var totals = await shipments.GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Amount = g.Sum(s => s.Amount) })
            .FirstOrDefaultAsync(ct);
        if (totals is null) return new ShipmentPage([], 0, 0m);

        var items = await shipments.OrderByDescending(s => s.ShippedOn).ThenByDescending(s => s.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(s => new ShipmentListItem(s.Id, s.Number, s.ShippedOn, s.OrderId, s.Order!.Number, s.PartnerId, s.Partner!.Code,
                new LocalName(s.Partner.Name, s.Partner.NameEn), s.Partner.Region!.Name, s.Partner.Region.NameEn, s.Warehouse!.Code, s.Amount,
                s.Invoice == null ? null : s.Invoice.Number))
            .ToListAsync(ct);
        return new ShipmentPage(items, totals.Count, totals.Amount);
    }
}
