using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Numbers every change to an order for the integration feed ("orders changed since token N"): whenever a save adds or
/// changes an order, or its lines, status events or shipments, one <see cref="OrderChange"/> row per order is inserted in
/// the same save, so it commits or rolls back with the change itself. Its id is the change token.
/// </summary>
/// <remarks>
/// <para>
/// Why the ids come out in commit order on SQLite: a write transaction holds the database's single write lock from its
/// first write until it commits, and the change row is one of its writes. No other transaction can insert a change row,
/// let alone commit, in between, so a row with a higher id always commits after every row with a lower one (a rolled-back
/// id is simply never seen; AUTOINCREMENT never hands out an id below a committed one). A reader that has seen token N
/// has therefore seen every committed token below N, and "after N" misses nothing.
/// </para>
/// <para>
/// SQL Server does not give this for free: IDENTITY values are handed out at insert time, not at commit, and writers run
/// side by side, so transaction A can take id 10, transaction B id 11, B commit first, and a reader that does not wait
/// would return 11 and move its cursor past 10 for good. <see cref="OrderFeedService"/> therefore reads the change rows
/// with a locking read (<c>READCOMMITTEDLOCK</c>, also where READ_COMMITTED_SNAPSHOT is on, as on Azure SQL): the scan
/// waits for an inserted-but-uncommitted change row instead of skipping it. What is left is the moment inside one INSERT
/// between the IDENTITY value being drawn and the row landing in the index, microseconds rather than a transaction. Closing
/// that too would take a rowversion column on the change rows, read only below <c>MIN_ACTIVE_ROWVERSION()</c> (a model change),
/// or writers serialized by an application lock (which can deadlock with the row locks they already hold).
/// </para>
/// <para>
/// The ERP's own acknowledgement (only <see cref="Order.ErpOrderNumber"/> and <see cref="Order.AcknowledgedAt"/> changed)
/// is not recorded: it is not news to the ERP, and recording it would send every acknowledged order around the feed once
/// more. Bulk updates (<c>ExecuteUpdate</c>) bypass interceptors; the only one on orders is that acknowledgement's guarded update.
/// </para>
/// </remarks>
public sealed class OrderChangeInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> AcknowledgementOnly = [nameof(Order.ErpOrderNumber), nameof(Order.AcknowledgedAt)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db) Record(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db) Record(db);
        return ValueTask.FromResult(result);
    }

    private void Record(PortalDbContext db)
    {
        // One pass over the tracker (each Entries() call detects changes again).
        var all = db.ChangeTracker.Entries().ToList();
        var entries = all.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Count == 0) return;

        // Tracked rows by their current key (a temporary one for a new row), so that a row of a new order finds it through
        // its foreign key alone.
        var tracked = KeyedBy<Order>(all, nameof(Order.Id));
        var changedOrders = new HashSet<Order>(ReferenceEqualityComparer.Instance);
        var changedIds = new HashSet<int>();
        var recordedOrders = new HashSet<Order>(ReferenceEqualityComparer.Instance);
        var recordedIds = new HashSet<int>();
        Dictionary<int, EntityEntry>? shipments = null, orderLines = null;

        void Mark(int? orderId)
        {
            if (orderId is not { } id) return;
            if (tracked.TryGetValue(id, out var order))
            {
                if (order.State != EntityState.Deleted) changedOrders.Add((Order)order.Entity);
            }
            else if (id > 0) changedIds.Add(id);
        }

        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Order order when entry.State == EntityState.Added || (entry.State == EntityState.Modified && !IsAcknowledgementOnly(entry)):
                    changedOrders.Add(order);
                    break;
                case OrderLine or OrderEvent or Shipment:
                    Mark(ForeignKey(entry, nameof(OrderLine.OrderId)));
                    break;
                case ShipmentLine:
                    shipments ??= KeyedBy<Shipment>(all, nameof(Shipment.Id));
                    orderLines ??= KeyedBy<OrderLine>(all, nameof(OrderLine.Id));
                    Mark(OrderOfShipmentLine(db, entry, shipments, orderLines));
                    break;
                case OrderChange change when entry.State == EntityState.Added:
                    // A save retried on the same context after a failure still holds the change rows of the first try.
                    if (change.Order is { } recorded) recordedOrders.Add(recorded);
                    else recordedIds.Add(change.OrderId);
                    break;
            }
        }

        var now = clock.GetUtcNow();
        foreach (var order in changedOrders.Where(o => !recordedOrders.Contains(o) && !recordedIds.Contains(o.Id)))
            db.OrderChanges.Add(new OrderChange { Order = order, ChangedAt = now });
        foreach (var id in changedIds.Where(id => !recordedIds.Contains(id)))
            db.OrderChanges.Add(new OrderChange { OrderId = id, ChangedAt = now });
    }

    private static bool IsAcknowledgementOnly(EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .All(p => AcknowledgementOnly.Contains(p.Metadata.Name));

    /// <summary>The key a row points at; a deleted row's as it was.</summary>
    private static int ForeignKey(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        return (int)(entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue)!;
    }

    /// <summary>A shipment line names its shipment and its order line, not its order: the order is found through either.</summary>
    private static int? OrderOfShipmentLine(PortalDbContext db, EntityEntry entry, Dictionary<int, EntityEntry> shipments,
        Dictionary<int, EntityEntry> orderLines)
    {
        if (shipments.TryGetValue(ForeignKey(entry, nameof(ShipmentLine.ShipmentId)), out var shipment))
            return ForeignKey(shipment, nameof(Shipment.OrderId));
        var orderLineId = ForeignKey(entry, nameof(ShipmentLine.OrderLineId));
        if (orderLines.TryGetValue(orderLineId, out var orderLine))
            return ForeignKey(orderLine, nameof(OrderLine.OrderId));
        return db.OrderLines.Where(l => l.Id == orderLineId).Select(l => (int?)l.OrderId).FirstOrDefault();
    }

    private static Dictionary<int, EntityEntry> KeyedBy<T>(List<EntityEntry> all, string key) =>
        all.Where(e => e.Entity is T).ToDictionary(e => (int)e.Property(key).CurrentValue!);
}
