#pragma warning disable CS9113 // STUB
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>The order lines of the orders a caller can see with the order list's filters, streamed for the Excel export.</summary>
public sealed class OrderExportService(PortalDbContextFactory contexts)
{
    /// <summary>Newest order first, its lines by SKU; read as they are written, never all held at once.</summary>
    public IAsyncEnumerable<OrderExportRow> RowsAsync(OrderFilter filter, string? search, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
