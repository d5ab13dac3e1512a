using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>Orders as their readers see them: a partner its own, a channel manager those of their regions, Admin all.</summary>
public sealed class OrderQueryService(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Newest first.</summary>
    public async Task<PagedResult<OrderListItem>> ListAsync(PageRequest page, OrderFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Orders.AsNoTracking().Filter(filter, page.SearchPattern, clock);

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id)
            .Skip(page.Skip).Take(page.SafePageSize)
            .Select(o => new OrderListItem(o.Id, o.Number, o.PartnerId, o.Partner!.Code, new LocalName(o.Partner.Name, o.Partner.NameEn), o.Status,
                o.SubmittedAt, o.Total, o.Lines.Count))
            .ToListAsync(ct);
        return new PagedResult<OrderListItem>(items, total);
    }

    /// <summary>The order with its lines, timeline, shipments and invoices; null when it is not the caller's to see.</summary>
    public async Task<OrderDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.Number, o.PartnerId, o.Partner!.Code, o.Partner.Name, o.Partner.NameEn, o.Status, o.SubmittedAt, o.Total, o.Note,
                o.ErpOrderNumber,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Id, l.ProductId, l.Sku, l.Product!.Name, l.Product.NameEn,
                    l.Quantity, l.ShippedQuantity, l.ListPrice, l.UnitPrice, l.LineTotal)).ToList(),
                Events = o.Events.OrderBy(e => e.Id).Select(e => new OrderEventView(e.At, e.UserName, e.From, e.To, e.Note, e.Fact,
                    e.CreditLimit, e.Exposure, e.OrderTotal)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (order is null) return null;
        var actor = await ActorNames.ResolveAsync(db, order.Events.Select(e => e.UserName), ct);
        var events = order.Events.Select(e => e with { UserName = actor(e.UserName) }).ToList();

        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == id).OrderBy(s => s.Id)
            .Select(s => new ShipmentView(s.Id, s.Number, s.ShippedOn, s.Warehouse!.Name, s.Amount, s.ExternalReference)).ToListAsync(ct);
        var invoices = await db.LedgerEntries.AsNoTracking().Where(e => e.OrderId == id && e.Kind == LedgerEntryKind.Invoice).OrderBy(e => e.Id)
            .Select(e => new InvoiceView(e.Id, e.Number, e.Date, e.DueDate, e.Amount, e.OpenAmount)).ToListAsync(ct);
        return new OrderDetails(order.Id, order.Number, order.PartnerId, order.Code, new LocalName(order.Name, order.NameEn), order.Status,
            order.SubmittedAt, order.Total, order.Note, order.Lines, events, shipments, invoices, OrderTransitions.CanCancel(order.Status), order.ErpOrderNumber);
    }
}
