using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// Returns as the caller may see them: a dealer its partner's, a channel manager those of their regions' partners, an
/// admin all. Another partner's return, photo or credit note is not found, exactly like one that does not exist.
/// </summary>
public sealed class ReturnQueryService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>One page of returns, newest first, optionally of some statuses, searched by return, order or partner.</summary>
    public async Task<PagedResult<ReturnListItem>> ListAsync(PageRequest page, IReadOnlyCollection<ReturnStatus>? statuses = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!(await currentUser.GetAsync(ct)).IsAuthenticated) return new PagedResult<ReturnListItem>([], 0);
        await using var db = await contexts.CreateAsync(ct);
        var query = db.ReturnRequests.AsNoTracking();
        if (statuses is { Count: > 0 })
        {
            var wanted = statuses.ToList();
            query = query.Where(r => wanted.Contains(r.Status));
        }
        if (page.SearchPattern is { } like)
            query = query.Where(r => EF.Functions.Like(r.Number, like, PageRequest.LikeEscape) || EF.Functions.Like(r.Order!.Number, like, PageRequest.LikeEscape)
                || EF.Functions.Like(r.Partner!.Code, like, PageRequest.LikeEscape) || EF.Functions.Like(r.Partner.Name, like, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(r => new ReturnListItem(r.Id, r.Number, r.Partner!.Code, r.Partner.Name, r.Order!.Number, r.OrderId, r.Status, r.Reason,
                r.RequestedAt, r.Lines.Sum(l => l.Quantity), r.CreditNote != null ? r.CreditNote.Amount : null,
                r.CreditNote != null ? r.CreditNote.Number : null))
            .ToListAsync(ct);
        return new PagedResult<ReturnListItem>(items, total);
    }

    /// <summary>The return with its lines, photos and history; null when it is not the caller's to see.</summary>
    public Task<ReturnDetail?> GetAsync(int returnId, CancellationToken ct = default) => GetWhereAsync(x => x.Id == returnId, ct);

    /// <summary>The return by its number (RMA-…), as its page's address names it; null when it is not the caller's to see.</summary>
    public Task<ReturnDetail?> GetAsync(string number, CancellationToken ct = default)
    {
        var normalized = TextRules.NormalizeCode(number ?? "");
        return GetWhereAsync(x => x.Number == normalized, ct);
    }

    private async Task<ReturnDetail?> GetWhereAsync(System.Linq.Expressions.Expression<Func<ReturnRequest, bool>> which, CancellationToken ct)
    {
        if (!(await currentUser.GetAsync(ct)).IsAuthenticated) return null;
        await using var db = await contexts.CreateAsync(ct);
        var r = await db.ReturnRequests.AsNoTracking().Where(which)
            .Select(x => new
            {
                x.Id, x.Number, x.PartnerId, x.Partner!.Code, x.Partner.Name, x.OrderId, OrderNumber = x.Order!.Number, x.Status, x.Reason, x.Note,
                x.DecisionNote, x.RequestedAt, x.ReceivedAt, WarehouseCode = x.Warehouse != null ? x.Warehouse.Code : null, x.ReceiptReference,
                CreditNumber = x.CreditNote != null ? x.CreditNote.Number : null, CreditAmount = x.CreditNote != null ? (decimal?)x.CreditNote.Amount : null,
                Lines = x.Lines.OrderBy(l => l.Id).Select(l => new ReturnLineView(l.Id, l.OrderLineId, l.Shipment!.Number, l.Sku,
                    l.OrderLine!.Product!.Name, l.OrderLine.Product.NameEn, l.Quantity, l.UnitPrice, l.ReceivedQuantity, l.Disposition, l.CreditAmount)).ToList(),
                Photos = x.Photos.OrderBy(p => p.Id).Select(p => new ReturnPhotoView(p.Id, p.FileName, p.Size)).ToList(),
                History = x.Events.OrderBy(e => e.Id).Select(e => new ReturnEventView(e.At, e.UserName, e.From, e.To, e.Note)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (r is null) return null;
        var actor = await ActorNames.ResolveAsync(db, r.History.Select(h => h.UserName), ct);
        var invoices = await db.LedgerEntries.AsNoTracking().Where(e => e.OrderId == r.OrderId && e.Kind == LedgerEntryKind.Invoice)
            .OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => e.Number).ToListAsync(ct);
        return new ReturnDetail(r.Id, r.Number, r.PartnerId, r.Code, r.Name, r.OrderId, r.OrderNumber, r.Status, r.Reason, r.Note, r.DecisionNote,
            r.RequestedAt, r.ReceivedAt, r.WarehouseCode, r.ReceiptReference, r.CreditNumber, r.CreditAmount, r.Lines, r.Photos,
            r.History.Select(h => h with { UserName = actor(h.UserName) }).ToList(), invoices);
    }

    /// <summary>What returns hold of each line of an order (rejected and cancelled ones included, with their status).</summary>
    public async Task<IReadOnlyList<OrderLineReturn>> ForOrderAsync(int orderId, CancellationToken ct = default)
    {
        if (!(await currentUser.GetAsync(ct)).IsAuthenticated) return [];
        await using var db = await contexts.CreateAsync(ct);
        return await db.ReturnLines.AsNoTracking().Where(l => l.ReturnRequest!.OrderId == orderId).OrderBy(l => l.Id)
            .Select(l => new OrderLineReturn(l.OrderLineId, l.ReturnRequestId, l.ReturnRequest!.Number, l.ReturnRequest.Status, l.Quantity,
                l.ReceivedQuantity))
            .ToListAsync(ct);
    }

    /// <summary>The photo (or its thumbnail) to serve; null when there is none with that id among the caller's returns.</summary>
    public async Task<ReturnPhotoDownload?> GetPhotoAsync(int photoId, bool thumbnail, CancellationToken ct = default)
    {
        if (!(await currentUser.GetAsync(ct)).IsAuthenticated) return null;
        await using var db = await contexts.CreateAsync(ct);
        return await db.ReturnPhotos.AsNoTracking().Where(p => p.Id == photoId)
            .Select(p => thumbnail
                ? new ReturnPhotoDownload(p.ThumbnailStoredName, p.FileName, Domain.Partners.ScanFileType.Jpeg)
                : new ReturnPhotoDownload(p.StoredName, p.FileName, p.Type))
            .FirstOrDefaultAsync(ct);
    }
}
