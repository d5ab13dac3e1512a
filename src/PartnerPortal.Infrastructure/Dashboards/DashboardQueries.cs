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
    /// (exclusive): one row per partner and month with shipments, never one per shipment.
    /// The context's scope limits the partners; <paramref name="regionId"/> narrows to one region.
    /// </summary>
    /// <remarks>
    /// Whole months come from the partners' month totals (one row each, kept in the same save as the shipments), so that
    /// the admin's two years read a few tens of thousands of rows instead of summing every shipment: decimals are text in
    /// SQLite and are summed one by one. A month the range cuts (this month up to today) is summed from its shipments,
    /// one query for the month's date range grouped by partner.
    /// </remarks>
    public static async Task<List<PartnerMonth>> ShippedByPartnerMonthAsync(PortalDbContext db, int? regionId, DateOnly from, DateOnly until,
        CancellationToken ct)
    {
        var result = new List<PartnerMonth>();
        DateOnly? firstWhole = null, endWhole = null;
        for (var first = from; first < until; first = MonthStart(first).AddMonths(1))
        {
            var start = first;
            var next = MonthStart(first).AddMonths(1);
            if (start == MonthStart(start) && next <= until)
            {
                firstWhole ??= start;
                endWhole = next;
                continue;
            }
            result.AddRange(await ShippedInPartOfMonthAsync(db, regionId, start, next < until ? next : until, ct));
        }
        if (firstWhole is { } a && endWhole is { } b)
        {
            var totals = db.ShipmentMonthTotals.AsNoTracking().Where(t => t.Month >= a && t.Month < b);
            if (regionId is { } region) totals = totals.Where(t => t.Partner!.RegionId == region);
            var rows = await totals.Select(t => new { t.PartnerId, t.Month, t.Amount }).ToListAsync(ct);
            result.AddRange(rows.Select(t => new PartnerMonth(t.PartnerId, t.Month.Year, t.Month.Month, t.Amount)));
        }
        return result;
    }

    /// <summary>Shipped amount per partner from <paramref name="start"/> to <paramref name="end"/> (exclusive), within one month.</summary>
    private static async Task<IEnumerable<PartnerMonth>> ShippedInPartOfMonthAsync(PortalDbContext db, int? regionId, DateOnly start,
        DateOnly end, CancellationToken ct)
    {
        var shipments = db.Shipments.AsNoTracking().Where(s => s.ShippedOn >= start && s.ShippedOn < end);
        if (regionId is { } region) shipments = shipments.Where(s => s.Partner!.RegionId == region);
        var sums = await shipments.GroupBy(s => s.PartnerId)
            .Select(g => new { PartnerId = g.Key, Amount = g.Sum(s => s.Amount) })
            .ToListAsync(ct);
        return sums.Select(x => new PartnerMonth(x.PartnerId, start.Year, start.Month, x.Amount));
    }

    /// <summary>The partners of the caller's scope, optionally of one region.</summary>
    public static IQueryable<Partner> Partners(PortalDbContext db, int? regionId)
    {
        var partners = db.Partners.AsNoTracking();
        return regionId is { } region ? partners.Where(p => p.RegionId == region) : partners;
    }
}
