using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Applies an <see cref="AuditLogFilter"/>; the caller's scope is the query filter's, never this.</summary>
internal static class AuditLogFilters
{
    public static IQueryable<AuditEntry> Filter(this IQueryable<AuditEntry> query, AuditLogFilter filter, TimeProvider clock)
    {
        if (filter.PartnerId is { } partnerId) query = query.Where(a => a.PartnerId == partnerId);
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName == user);
        }
        if (filter.Action is { } action) query = query.Where(a => a.Action == action);
        // Days from an address may be anything (0001-01-01, 9999-12-31): clamped so that the day after and its offset exist.
        if (filter.From is { } from)
        {
            var start = StartOf(DateRules.Clamp(from), clock);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(DateRules.Clamp(to).AddDays(1), clock);
            query = query.Where(a => a.OccurredAt < end);
        }
        return query;
    }

    /// <summary>Newest first; entries of the same instant by the order they were written.</summary>
    public static IOrderedQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> query) =>
        query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);

    /// <summary>The start of a local day, as an instant.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeProvider clock)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }
}
