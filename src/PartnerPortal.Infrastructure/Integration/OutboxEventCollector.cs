using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Finds the webhook events in a save: status changes of orders (the <see cref="OrderEvent"/> rows
/// <see cref="Order.MoveTo"/> adds), new payments and their reversals, credit notes that settle a rebate accrual, and
/// returns opened or received. Each kind is an <see cref="OutboxEventSource"/> of its own. Each becomes an
/// <see cref="OutboxEvent"/> whose payload is built from the tracked rows, again after the save when the database has
/// given the new rows their keys.
/// </summary>
internal sealed class OutboxEventCollector
{
    private readonly List<OutboxEventSource> _sources = [];
    private readonly OutboxLookups _lookups = new();

    private OutboxEventCollector() { }

    public static List<PendingOutboxEvent> Collect(PortalDbContext db, DateTimeOffset now)
    {
        var collector = Scan(db);
        if (collector._sources.Count == 0) return [];
        collector._lookups.Load(db);
        return collector.Build(now);
    }

    public static async Task<List<PendingOutboxEvent>> CollectAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var collector = Scan(db);
        if (collector._sources.Count == 0) return [];
        await collector._lookups.LoadAsync(db, ct);
        return collector.Build(now);
    }

    private static OutboxEventCollector Scan(PortalDbContext db)
    {
        var collector = new OutboxEventCollector();
        var all = db.ChangeTracker.Entries().ToList();
        var added = all.Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0) return collector;
        var orders = all.Where(e => e.Entity is Order).ToDictionary(e => (int)e.Property(nameof(Order.Id)).CurrentValue!, e => (Order)e.Entity);

        foreach (var group in added.Where(e => e.Entity is OrderEvent).GroupBy(e => (int)e.Property(nameof(OrderEvent.OrderId)).CurrentValue!))
        {
            var order = orders.GetValueOrDefault(group.Key);
            if (order is null) collector._lookups.UntrackedOrderIds.Add(group.Key);
            else collector._lookups.PartnerIds.Add(order.PartnerId);
            // In the order the moves were made: an order submitted and approved at once is submitted first.
            var events = group.Select(e => (OrderEvent)e.Entity)
                .OrderBy(e => order is null ? 0 : order.Events.IndexOf(e)).ThenBy(e => e.At).ToList();
            var submittedAs = events.LastOrDefault(e => IsSubmitted(e.To))?.To;
            // The shipment written in the same save as the move to (partially) shipped.
            var shipment = added.Where(e => e.Entity is Shipment && (int)e.Property(nameof(Shipment.OrderId)).CurrentValue! == group.Key)
                .Select(e => (Shipment)e.Entity).LastOrDefault();
            foreach (var e in events)
            {
                var type = TypeOf(e);
                if (type is not null) collector._sources.Add(new OrderEventSource(type, group.Key, order, e, submittedAs, shipment));
            }
        }

        foreach (var entry in added.Where(e => e.Entity is LedgerEntry))
        {
            var ledger = (LedgerEntry)entry.Entity;
            if (ledger.Kind == LedgerEntryKind.Payment)
            {
                collector._lookups.PartnerIds.Add(ledger.PartnerId);
                collector._sources.Add(new PaymentEventSource(ledger, all));
            }
            else if (ledger.Kind == LedgerEntryKind.Reversal && Reversed(all, ledger) is { Kind: LedgerEntryKind.Payment } payment)
            {
                collector._lookups.PartnerIds.Add(ledger.PartnerId);
                collector._sources.Add(new PaymentReversedEventSource(ledger, payment, all));
            }
            else if (ledger.Kind == LedgerEntryKind.CreditNote && SettledAccrual(all, entry) is { } accrual)
            {
                // Only rebate settlement writes a credit note against an accrual (RebateSettlement.SettleAsync).
                collector._lookups.PartnerIds.Add(ledger.PartnerId);
                collector._lookups.PolicyIds.Add(accrual.PolicyId);
                collector._sources.Add(new RebateSettledEventSource(ledger, accrual));
            }
        }
        collector._sources.AddRange(ReturnEventSource.Scan(collector._lookups, all, added));
        return collector;
    }

    private List<PendingOutboxEvent> Build(DateTimeOffset now) =>
        _sources.Select(s =>
        {
            var row = new OutboxEvent
            {
                EventId = Guid.NewGuid(), Type = s.Type, PartnerId = s.PartnerId(_lookups), OccurredAt = s.OccurredAt(now),
            };
            var pending = new PendingOutboxEvent(row, () => OutboxPayloads.Serialize(row.EventId, row.Type, row.OccurredAt, s.Data(_lookups)), s.AwaitsKeys);
            row.Payload = pending.BuildPayload();
            return pending;
        }).ToList();

    private static bool IsSubmitted(OrderStatus s) => s is OrderStatus.Submitted or OrderStatus.PendingApproval;

    /// <summary>The event a status change raises, if any. Submitted and then held for approval is one submission.</summary>
    private static string? TypeOf(OrderEvent e) => e.To switch
    {
        _ when IsSubmitted(e.To) => IsSubmitted(e.From) ? null : WebhookEvents.OrderSubmitted,
        OrderStatus.Approved => WebhookEvents.OrderApproved,
        OrderStatus.Cancelled => WebhookEvents.OrderCancelled,
        OrderStatus.PartiallyShipped or OrderStatus.Shipped => WebhookEvents.OrderShipped,
        _ => null,
    };

    /// <summary>The entry a reversal undoes: the ledger loads it, tracked, into the same save.</summary>
    private static LedgerEntry? Reversed(List<EntityEntry> all, LedgerEntry reversal) =>
        all.Select(e => e.Entity).OfType<LedgerEntry>().FirstOrDefault(e => e.Id != 0 && e.Id == reversal.ReversesEntryId);

    private static RebateAccrual? SettledAccrual(List<EntityEntry> all, EntityEntry creditNote)
    {
        var key = creditNote.Property(nameof(LedgerEntry.Id)).CurrentValue;
        return all.Select(e => e.Entity).OfType<RebateAccrual>()
            .FirstOrDefault(a => ReferenceEquals(a.CreditNote, creditNote.Entity) || Equals(a.CreditNoteEntryId, key));
    }
}
