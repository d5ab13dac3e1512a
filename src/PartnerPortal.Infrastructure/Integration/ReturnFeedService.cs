using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Returns for the warehouse system and the ERP: the feed of returns changed since a change token, and one return by
/// number. The token is the id of the return's latest status change (<see cref="ReturnEvent"/>), written in the same save
/// as the change, so the feed has the orders feed's guarantees (see <see cref="OrderChangeInterceptor"/>). Scoped like every
/// read: a key restricted to regions sees their partners' returns only.
/// </summary>
public sealed class ReturnFeedService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>Returns whose latest change token is above <paramref name="after"/>, by that token; a return changed again comes back later.</summary>
    public async Task<Outcome<ApiCursorPage<ApiReturn>>> ListChangedAsync(long after, int limit, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        if (after < 0) problems.Add(new Problem(ProblemCodes.OutOfRange, "after", 0, long.MaxValue));
        if (limit is < 1 or > MaxLimit) problems.Add(new Problem(ProblemCodes.OutOfRange, "limit", 1, MaxLimit));
        if (problems.Count > 0) return Outcome<ApiCursorPage<ApiReturn>>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var tokens = await EventRows(db).Where(e => e.Id > after)
            .GroupBy(e => e.ReturnRequestId)
            .Select(g => new { ReturnId = g.Key, Token = g.Max(e => e.Id) })
            .Join(db.ReturnRequests, t => t.ReturnId, r => r.Id, (t, r) => t)
            .OrderBy(t => t.Token)
            .Take(limit + 1)
            .ToListAsync(ct);
        var page = tokens.Take(limit).ToList();
        var returns = await LoadAsync(db, page.ToDictionary(t => t.ReturnId, t => t.Token), ct);
        var items = page.Select(t => returns.GetValueOrDefault(t.ReturnId)).OfType<ApiReturn>().ToList();
        return Outcome<ApiCursorPage<ApiReturn>>.Success(new ApiCursorPage<ApiReturn>(items, page.Count > 0 ? page[^1].Token : after, tokens.Count > limit));
    }

    /// <summary>The return with that number, or null when it does not exist or is outside the caller's scope.</summary>
    public async Task<ApiReturn?> GetAsync(string number, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        number = TextRules.NormalizeCode(number);
        await using var db = await contexts.CreateAsync(ct);
        var found = await db.ReturnRequests.AsNoTracking().Where(r => r.Number == number)
            .Select(r => new { r.Id, Token = r.Events.Max(e => (long?)e.Id) ?? 0 }).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        return (await LoadAsync(db, new Dictionary<int, long> { [found.Id] = found.Token }, ct)).GetValueOrDefault(found.Id);
    }

    private static async Task<Dictionary<int, ApiReturn>> LoadAsync(PortalDbContext db, Dictionary<int, long> tokens, CancellationToken ct)
    {
        if (tokens.Count == 0) return [];
        var ids = tokens.Keys.ToList();
        var rows = await db.ReturnRequests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.Number, r.Partner!.Code, OrderNumber = r.Order!.Number, r.Status, r.Reason, r.Note, r.DecisionNote, r.RequestedAt, r.ReceivedAt,
                Warehouse = r.Warehouse != null ? r.Warehouse.Code : null, r.ReceiptReference,
                CreditNumber = r.CreditNote != null ? r.CreditNote.Number : null, CreditAmount = r.CreditNote != null ? (decimal?)r.CreditNote.Amount : null,
                Lines = r.Lines.OrderBy(l => l.Id).Select(l => new { l.Sku, Shipment = l.Shipment!.Number, l.Quantity, l.UnitPrice, l.ReceivedQuantity,
                    l.Disposition, l.CreditAmount }).ToList(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new ApiReturn(tokens[r.Id], r.Number, r.Code, r.OrderNumber, r.Status.ToString(), r.Reason.ToString(),
            r.Note, r.DecisionNote, r.RequestedAt, r.ReceivedAt, r.Warehouse, r.ReceiptReference, r.CreditNumber, r.CreditAmount,
            r.Lines.Select(l => new ApiReturnLine(l.Sku, l.Shipment, l.Quantity, l.UnitPrice, l.ReceivedQuantity, l.Disposition?.ToString(),
                l.CreditAmount)).ToList()));
    }

    /// <summary>The status changes; on SQL Server read with a locking read, as the orders feed reads its change rows, and for the same reason.</summary>
    private static IQueryable<ReturnEvent> EventRows(PortalDbContext db) =>
        db.Database.IsSqlServer()
            ? db.ReturnEvents.FromSqlRaw("SELECT * FROM [ReturnEvents] WITH (READCOMMITTEDLOCK)")
            : db.ReturnEvents;
}
