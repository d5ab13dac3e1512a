using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Active partners that have not ordered for a while: the dashboards count them and the partner list filters by the
/// same rule, so the number and the list agree.
/// </summary>
public static class SilentPartners
{
    public const int DefaultDays = 60;

    /// <summary>The start of the local day <paramref name="days"/> days before today: an order submitted since then breaks the silence.</summary>
    public static DateTimeOffset Since(TimeProvider clock, int days)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var day = clock.GetLocalNow().Date.AddDays(-days);
        return new DateTimeOffset(day, clock.LocalTimeZone.GetUtcOffset(day));
    }

    /// <summary>Active partners with no order submitted (drafts do not count) at or after <paramref name="since"/>.</summary>
    internal static IQueryable<Partner> Silent(this IQueryable<Partner> partners, IQueryable<Order> orders, DateTimeOffset since) =>
        partners.Where(p => p.Status == PartnerStatus.Active
            && !orders.Any(o => o.PartnerId == p.Id && o.Status != OrderStatus.Draft && o.SubmittedAt >= since));
}
