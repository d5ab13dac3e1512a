using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Orders for the ERP: the feed of orders changed since a change token (<see cref="OrderChangeInterceptor"/>), one order by
/// number, and the ERP's acknowledgement. Scoped like every read: a key restricted to regions sees their partners' orders
/// only. Drafts are never shown.
/// </summary>
public sealed class OrderFeedService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>
    /// Orders whose latest change token is above <paramref name="after"/>, by that token. An order changed again after it
    /// was returned has a new, higher token and so comes back later in the feed: paging on with the last token returned
    /// never misses a change, whatever is written between pages.
    /// </summary>
    public async Task<Outcome<ApiCursorPage<ApiOrder>>> ListChangedAsync(long after, int limit, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        if (after < 0) problems.Add(new Problem(ProblemCodes.OutOfRange, "after", 0, long.MaxValue));
        if (limit is < 1 or > MaxLimit) problems.Add(new Problem(ProblemCodes.OutOfRange, "limit", 1, MaxLimit));
        if (problems.Count > 0) return Outcome<ApiCursorPage<ApiOrder>>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var tokens = await ChangedSince(db, after, limit + 1).ToListAsync(ct);
        var page = tokens.Take(limit).ToList();
        // Read after the tokens: an order that changes in between shows its newer state here, and comes back with its newer
        // token later, so nothing is lost either way.
        var orders = await LoadAsync(db, page.ToDictionary(t => t.OrderId, t => t.Token), ct);
        var items = page.Select(t => orders.GetValueOrDefault(t.OrderId)).OfType<ApiOrder>().ToList();
        return Outcome<ApiCursorPage<ApiOrder>>.Success(new ApiCursorPage<ApiOrder>(items, page.Count > 0 ? page[^1].Token : after, tokens.Count > limit));
    }

    /// <summary>
    /// The latest token of each order changed after <paramref name="after"/>, lowest first: grouped over the newer change rows
    /// (the index on OrderId, Id serves it) and joined to the orders the caller may see, so that other regions' orders and
    /// drafts never take a place on the page.
    /// </summary>
    internal static IQueryable<ChangedOrder> ChangedSince(PortalDbContext db, long after, int take) =>
        ChangeRows(db).Where(c => c.Id > after)
            .GroupBy(c => c.OrderId)
            .Select(g => new ChangedOrder { OrderId = g.Key, Token = g.Max(c => c.Id) })
            .Join(db.Orders.Where(o => o.Status != OrderStatus.Draft), l => l.OrderId, o => o.Id, (l, o) => l)
            .OrderBy(l => l.Token)
            .Take(take);

    internal sealed class ChangedOrder
    {
        public int OrderId { get; init; }
        public long Token { get; init; }
    }

    /// <summary>The order with that number, or null when it does not exist, is a draft or is outside the caller's scope.</summary>
    public async Task<ApiOrder?> GetAsync(string number, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        return await GetAsync(db, TextRules.NormalizeCode(number), ct);
    }

    /// <summary>
    /// Stores the ERP's number for the order. Acknowledging again with the same number changes nothing; a different number
    /// for an order already acknowledged is refused with <see cref="ProblemCodes.AlreadyAcknowledged"/>.
    /// </summary>
    /// <returns>The order; fails with <see cref="ProblemCodes.NotFound"/> (field "number") when it is not the caller's to see.</returns>
    public async Task<Outcome<ApiOrder>> AcknowledgeAsync(string number, string? erpOrderNumber, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        TextRules.Required(problems, "erpOrderNumber", erpOrderNumber, ErpOrderNumberMaxLength);
        if (problems.Count > 0) return Outcome<ApiOrder>.Failed(problems);
        var erp = TextRules.NormalizeReference(erpOrderNumber);
        number = TextRules.NormalizeCode(number);

        await using var db = await contexts.CreateAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == number && o.Status != OrderStatus.Draft)
            .Select(o => new { o.Id, o.ErpOrderNumber }).FirstOrDefaultAsync(ct);
        if (order is null) return Outcome<ApiOrder>.Failed(ProblemCodes.NotFound, "number");
        if (order.ErpOrderNumber is null)
        {
            // A guarded update: of two different numbers sent at once, exactly one is stored and the other is refused below.
            var now = clock.GetUtcNow();
            await db.Orders.Where(o => o.Id == order.Id && o.ErpOrderNumber == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ErpOrderNumber, erp).SetProperty(o => o.AcknowledgedAt, now), ct);
        }
        var stored = await db.Orders.Where(o => o.Id == order.Id).Select(o => o.ErpOrderNumber).FirstAsync(ct);
        if (!string.Equals(stored, erp, StringComparison.Ordinal))
            return Outcome<ApiOrder>.Failed(ProblemCodes.AlreadyAcknowledged, "erpOrderNumber", stored ?? "");
        return Outcome<ApiOrder>.Success((await GetAsync(db, number, ct))!);
    }

    /// <summary>The length of <see cref="Order.ErpOrderNumber"/> in the database.</summary>
    public const int ErpOrderNumberMaxLength = 50;

    private static async Task<ApiOrder?> GetAsync(PortalDbContext db, string number, CancellationToken ct)
    {
        var found = await db.Orders.AsNoTracking().Where(o => o.Number == number && o.Status != OrderStatus.Draft)
            .Select(o => new { o.Id, Token = db.OrderChanges.Where(c => c.OrderId == o.Id).Max(c => (long?)c.Id) ?? 0 })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        return (await LoadAsync(db, new Dictionary<int, long> { [found.Id] = found.Token }, ct)).GetValueOrDefault(found.Id);
    }

    /// <summary>The orders with their lines and shipments, each with the token given for it.</summary>
    private static async Task<Dictionary<int, ApiOrder>> LoadAsync(PortalDbContext db, Dictionary<int, long> tokens, CancellationToken ct)
    {
        if (tokens.Count == 0) return [];
        var ids = tokens.Keys.ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id, o.Number, o.Partner!.Code, o.Partner.Name, o.Status, o.SubmittedAt, o.Total, o.Note, o.ErpOrderNumber, o.AcknowledgedAt,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new ApiOrderLine(l.Sku, l.Quantity, l.ShippedQuantity, l.Quantity - l.ShippedQuantity,
                    l.ListPrice, l.UnitPrice, l.LineTotal)).ToList(),
            })
            .ToListAsync(ct);
        var shipments = (await db.Shipments.AsNoTracking().Where(s => ids.Contains(s.OrderId)).OrderBy(s => s.Id)
                .Select(s => new
                {
                    s.OrderId,
                    Shipment = new ApiOrderShipment(s.Number, s.ExternalReference, s.Warehouse!.Code, s.ShippedOn, s.Amount,
                        s.Invoice != null ? s.Invoice.Number : null,
                        s.Lines.OrderBy(l => l.Id).Select(l => new ApiShipmentLine(l.OrderLine!.Sku, l.Quantity)).ToList()),
                })
                .ToListAsync(ct))
            .ToLookup(s => s.OrderId, s => s.Shipment);
        return orders.ToDictionary(o => o.Id, o => new ApiOrder(tokens[o.Id], o.Number, o.Code, o.Name, o.Status.ToString(), o.SubmittedAt,
            o.Total, o.Note, o.ErpOrderNumber, o.AcknowledgedAt, o.Lines, shipments[o.Id].ToList()));
    }

    /// <summary>
    /// The change rows. On SQL Server they are read with a locking read even where READ_COMMITTED_SNAPSHOT is on, so that
    /// the scan waits for a change row that is inserted but not yet committed instead of passing over it (see
    /// <see cref="OrderChangeInterceptor"/> for why that matters there and not on SQLite).
    /// </summary>
    private static IQueryable<OrderChange> ChangeRows(PortalDbContext db) =>
        db.Database.IsSqlServer()
            ? db.OrderChanges.FromSqlRaw("SELECT * FROM [OrderChanges] WITH (READCOMMITTEDLOCK)")
            : db.OrderChanges;
}
