using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>A partner's shipped amount in one calendar month.</summary>
internal sealed record PartnerMonth(int PartnerId, int Year, int Month, decimal Amount);

/// <summary>Grouped queries the dashboards and the health score share.</summary>
internal static class DashboardQueries
{
    /// <summary>The instant a local day starts, as orders are stamped.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeProvider clock)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }

    /// <summary>The first day of <paramref name="day"/>'s month.</summary>
    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// Shipped amount per partner and month from <paramref name="from"/> (inclusive) to <paramref name="until"/>
    /// (exclusive), summed in the database: one row per partner and month with shipments, never one per shipment.
    /// The context's scope limits the partners; <paramref name="regionId"/> narrows to one region.
    /// </summary>
    public static Task<List<PartnerMonth>> ShippedByPartnerMonthAsync(PortalDbContext db, int? regionId, DateOnly from, DateOnly until,
        CancellationToken ct)
    {
        var shipments = db.Shipments.AsNoTracking().Where(s => s.ShippedOn >= from && s.ShippedOn < until);
        if (regionId is { } region) shipments = shipments.Where(s => s.Partner!.RegionId == region);
        return shipments
            .GroupBy(s => new { s.PartnerId, s.ShippedOn.Year, s.ShippedOn.Month })
            .Select(g => new PartnerMonth(g.Key.PartnerId, g.Key.Year, g.Key.Month, g.Sum(s => s.Amount)))
            .ToListAsync(ct);
    }

    /// <summary>The partners of the caller's scope, optionally of one region.</summary>
    public static IQueryable<Partner> Partners(PortalDbContext db, int? regionId)
    {
        var partners = db.Partners.AsNoTracking();
        return regionId is { } region ? partners.Where(p => p.RegionId == region) : partners;
    }
}
