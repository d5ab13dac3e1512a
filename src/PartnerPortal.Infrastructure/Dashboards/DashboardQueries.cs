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
    /// <remarks>
    /// One query per calendar month, each a date range grouped by partner. Grouping a whole range by the year and month
    /// of each shipment's day made SQLite compute both for every row and sort all of them; a month's range reads only
    /// its own part of a shipment index and groups far fewer rows, and every month runs the same compiled query.
    /// </remarks>
    public static async Task<List<PartnerMonth>> ShippedByPartnerMonthAsync(PortalDbContext db, int? regionId, DateOnly from, DateOnly until,
        CancellationToken ct)
    {
        var shipments = db.Shipments.AsNoTracking();
        if (regionId is { } region) shipments = shipments.Where(s => s.Partner!.RegionId == region);
        var result = new List<PartnerMonth>();
        for (var first = from; first < until; first = MonthStart(first).AddMonths(1))
        {
            var start = first;
            var end = MonthStart(first).AddMonths(1) < until ? MonthStart(first).AddMonths(1) : until;
            var sums = await shipments.Where(s => s.ShippedOn >= start && s.ShippedOn < end)
                .GroupBy(s => s.PartnerId)
                .Select(g => new { PartnerId = g.Key, Amount = g.Sum(s => s.Amount) })
                .ToListAsync(ct);
            result.AddRange(sums.Select(x => new PartnerMonth(x.PartnerId, start.Year, start.Month, x.Amount)));
        }
        return result;
    }

    /// <summary>The partners of the caller's scope, optionally of one region.</summary>
    public static IQueryable<Partner> Partners(PortalDbContext db, int? regionId)
    {
        var partners = db.Partners.AsNoTracking();
        return regionId is { } region ? partners.Where(p => p.RegionId == region) : partners;
    }
}
