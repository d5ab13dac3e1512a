using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>The order lines of the orders a caller can see with the order list's filters, streamed for the Excel export.</summary>
public sealed class OrderExportService(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Newest order first, its lines by SKU; read as they are written, never all held at once.</summary>
    public async IAsyncEnumerable<OrderExportRow> RowsAsync(OrderFilter filter, string? search,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateAsync(ct);
        var orders = db.Orders.AsNoTracking().Filter(filter, new PageRequest(Search: search).SearchPattern, clock);
        var rows = db.OrderLines.AsNoTracking()
            .Where(l => orders.Any(o => o.Id == l.OrderId))
            .OrderByDescending(l => l.Order!.SubmittedAt).ThenByDescending(l => l.OrderId).ThenBy(l => l.Sku)
            .Select(l => new OrderExportRow(l.Order!.Number, l.Order.SubmittedAt, l.Order.Status, l.Order.Partner!.Code,
                new LocalName(l.Order.Partner.Name, l.Order.Partner.NameEn),
                l.Sku, l.Product!.Name, l.Product.NameEn, l.Quantity, l.ShippedQuantity, l.UnitPrice, l.LineTotal, l.Order.Total))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) yield return row;
    }
}
