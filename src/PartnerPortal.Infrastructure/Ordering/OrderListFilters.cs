using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>The order list's filters, shared by the list and its Excel export so that both show the same orders.</summary>
internal static class OrderListFilters
{
    /// <param name="searchPattern">A LIKE pattern from <see cref="PageRequest.SearchPattern"/>, matched against order number and partner.</param>
    public static IQueryable<Order> Filter(this IQueryable<Order> query, OrderFilter filter, string? searchPattern, TimeProvider clock)
    {
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (filter.PartnerId is { } partnerId) query = query.Where(o => o.PartnerId == partnerId);
        if (filter.RegionId is { } regionId) query = query.Where(o => o.Partner!.RegionId == regionId);
        // A day from an address or a typed filter may be anything (0001-01-01, 9999-12-31): the day after it and its
        // time-zone offset must stay representable, so it is clamped into the days the portal knows.
        if (filter.From is { } from)
        {
            var start = StartOf(DateRules.Clamp(from), clock);
            query = query.Where(o => o.SubmittedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(DateRules.Clamp(to).AddDays(1), clock);
            query = query.Where(o => o.SubmittedAt < end);
        }
        if (searchPattern is { } like)
            query = query.Where(o => EF.Functions.Like(o.Number, like, PageRequest.LikeEscape)
                || (o.ErpOrderNumber != null && EF.Functions.Like(o.ErpOrderNumber, like, PageRequest.LikeEscape))
                || EF.Functions.Like(o.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(o.Partner.Name, like, PageRequest.LikeEscape));
        return query;
    }

    /// <summary>The start of a local day, as the instants orders are stamped with.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeProvider clock)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }
}
