using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// What the events of a save name but the save does not hold: partners' codes, orders not tracked, policies. The sources
/// ask for them while the save is scanned; they are read in one query each, past the query filters for partners and orders
/// (the rows being written are the caller's, only their codes and numbers are read).
/// </summary>
internal sealed class OutboxLookups
{
    public HashSet<int> PartnerIds { get; } = [];
    public HashSet<int> UntrackedOrderIds { get; } = [];
    public HashSet<int> PolicyIds { get; } = [];
    public Dictionary<int, string> PartnerCodes { get; private set; } = [];
    public Dictionary<int, OrderSnapshot> Orders { get; private set; } = [];
    public Dictionary<int, PolicySnapshot> Policies { get; private set; } = [];

    public void Load(PortalDbContext db)
    {
        if (PartnerIds.Count > 0)
            PartnerCodes = db.Partners.IgnoreQueryFilters().Where(p => PartnerIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Code }).ToDictionary(p => p.Id, p => p.Code);
        if (UntrackedOrderIds.Count > 0)
            Orders = db.Orders.IgnoreQueryFilters().Where(o => UntrackedOrderIds.Contains(o.Id)).Select(OrderSnapshot.Projection).ToDictionary(o => o.Id);
        if (PolicyIds.Count > 0)
            Policies = db.RebatePolicies.Where(p => PolicyIds.Contains(p.Id)).Select(PolicySnapshot.Projection).ToDictionary(p => p.Id);
    }

    public async Task LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        if (PartnerIds.Count > 0)
            PartnerCodes = await db.Partners.IgnoreQueryFilters().Where(p => PartnerIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        if (UntrackedOrderIds.Count > 0)
            Orders = await db.Orders.IgnoreQueryFilters().Where(o => UntrackedOrderIds.Contains(o.Id)).Select(OrderSnapshot.Projection)
                .ToDictionaryAsync(o => o.Id, ct);
        if (PolicyIds.Count > 0)
            Policies = await db.RebatePolicies.Where(p => PolicyIds.Contains(p.Id)).Select(PolicySnapshot.Projection).ToDictionaryAsync(p => p.Id, ct);
    }

    public sealed record OrderSnapshot(int Id, string Number, int PartnerId, decimal Total, DateTimeOffset SubmittedAt, string? ErpOrderNumber)
    {
        public static readonly System.Linq.Expressions.Expression<Func<Order, OrderSnapshot>> Projection =
            o => new OrderSnapshot(o.Id, o.Number, o.PartnerId, o.Total, o.SubmittedAt, o.ErpOrderNumber);

        public static OrderSnapshot Of(Order o) => new(o.Id, o.Number, o.PartnerId, o.Total, o.SubmittedAt, o.ErpOrderNumber);
    }

    public sealed record PolicySnapshot(int Id, string Code, int VersionNumber, RebatePeriodType PeriodType)
    {
        public static readonly System.Linq.Expressions.Expression<Func<RebatePolicy, PolicySnapshot>> Projection =
            p => new PolicySnapshot(p.Id, p.Code, p.VersionNumber, p.PeriodType);
    }
}
