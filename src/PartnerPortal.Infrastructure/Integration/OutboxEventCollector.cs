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
/// <see cref="Order.MoveTo"/> adds), new payments, and credit notes that settle a rebate accrual. Each becomes an
/// <see cref="OutboxEvent"/> whose payload is built from the tracked rows, again after the save when the database has
/// given the new rows their keys.
/// </summary>
internal sealed partial class OutboxEventCollector
{
    private readonly List<Source> _sources = [];
    private readonly HashSet<int> _partnerIds = [];
    private readonly HashSet<int> _untrackedOrderIds = [];
    private readonly HashSet<int> _policyIds = [];
    private Dictionary<int, string> _partnerCodes = [];
    private Dictionary<int, OrderSnapshot> _orders = [];
    private Dictionary<int, PolicySnapshot> _policies = [];

    private OutboxEventCollector() { }

    public static List<PendingOutboxEvent> Collect(PortalDbContext db, DateTimeOffset now)
    {
        var collector = Scan(db);
        if (collector._sources.Count == 0) return [];
        // Codes are read past the query filters: the rows being written are the caller's, only the codes are read.
        if (collector._partnerIds.Count > 0)
            collector._partnerCodes = db.Partners.IgnoreQueryFilters().Where(p => collector._partnerIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Code }).ToDictionary(p => p.Id, p => p.Code);
        if (collector._untrackedOrderIds.Count > 0)
            collector._orders = db.Orders.IgnoreQueryFilters().Where(o => collector._untrackedOrderIds.Contains(o.Id))
                .Select(OrderSnapshot.Projection).ToDictionary(o => o.Id);
        if (collector._policyIds.Count > 0)
            collector._policies = db.RebatePolicies.Where(p => collector._policyIds.Contains(p.Id))
                .Select(PolicySnapshot.Projection).ToDictionary(p => p.Id);
        return collector.Build(now);
    }

    public static async Task<List<PendingOutboxEvent>> CollectAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var collector = Scan(db);
        if (collector._sources.Count == 0) return [];
        if (collector._partnerIds.Count > 0)
            collector._partnerCodes = await db.Partners.IgnoreQueryFilters().Where(p => collector._partnerIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        if (collector._untrackedOrderIds.Count > 0)
            collector._orders = await db.Orders.IgnoreQueryFilters().Where(o => collector._untrackedOrderIds.Contains(o.Id))
                .Select(OrderSnapshot.Projection).ToDictionaryAsync(o => o.Id, ct);
        if (collector._policyIds.Count > 0)
            collector._policies = await db.RebatePolicies.Where(p => collector._policyIds.Contains(p.Id))
                .Select(PolicySnapshot.Projection).ToDictionaryAsync(p => p.Id, ct);
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
            if (order is null) collector._untrackedOrderIds.Add(group.Key);
            else collector._partnerIds.Add(order.PartnerId);
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
                if (type is not null) collector._sources.Add(new OrderSource(type, group.Key, order, e, submittedAs, shipment));
            }
        }

        foreach (var entry in added.Where(e => e.Entity is LedgerEntry))
        {
            var ledger = (LedgerEntry)entry.Entity;
            if (ledger.Kind == LedgerEntryKind.Payment)
            {
                collector._partnerIds.Add(ledger.PartnerId);
                collector._sources.Add(new PaymentSource(ledger, all));
            }
            else if (ledger.Kind == LedgerEntryKind.Reversal && Reversed(all, ledger) is { Kind: LedgerEntryKind.Payment } payment)
            {
                collector._partnerIds.Add(ledger.PartnerId);
                collector._sources.Add(new PaymentReversedSource(ledger, payment, all));
            }
            else if (ledger.Kind == LedgerEntryKind.CreditNote && SettledAccrual(all, entry) is { } accrual)
            {
                // Only rebate settlement writes a credit note against an accrual (RebateSettlement.SettleAsync).
                collector._partnerIds.Add(ledger.PartnerId);
                collector._policyIds.Add(accrual.PolicyId);
                collector._sources.Add(new RebateSource(ledger, accrual));
            }
        }
        ScanReturns(collector, all, added);
        return collector;
    }

    private List<PendingOutboxEvent> Build(DateTimeOffset now) =>
        _sources.Select(s =>
        {
            var row = new OutboxEvent
            {
                EventId = Guid.NewGuid(), Type = s.Type, PartnerId = s.PartnerId(this), OccurredAt = s.OccurredAt(now),
            };
            var pending = new PendingOutboxEvent(row, () => OutboxPayloads.Serialize(row.EventId, row.Type, row.OccurredAt, s.Data(this)), s.AwaitsKeys);
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

    private abstract class Source(string type)
    {
        public string Type { get; } = type;
        public abstract int? PartnerId(OutboxEventCollector c);
        public abstract DateTimeOffset OccurredAt(DateTimeOffset now);
        public abstract object Data(OutboxEventCollector c);

        /// <summary>Whether a row the payload names is new, its key still to be given by the database.</summary>
        public abstract bool AwaitsKeys { get; }
    }

    private sealed class OrderSource(string type, int orderId, Order? order, OrderEvent change, OrderStatus? submittedAs, Shipment? shipment)
        : Source(type)
    {
        public override int? PartnerId(OutboxEventCollector c) => order?.PartnerId ?? c._orders.GetValueOrDefault(orderId)?.PartnerId;

        public override DateTimeOffset OccurredAt(DateTimeOffset now) => change.At == default ? now : change.At;

        public override bool AwaitsKeys => order?.Id == 0 || (Type == WebhookEvents.OrderShipped && (shipment?.Id == 0 || shipment?.Invoice?.Id == 0));

        public override object Data(OutboxEventCollector c)
        {
            var snapshot = order is null ? c._orders.GetValueOrDefault(orderId) : OrderSnapshot.Of(order);
            if (snapshot is null) return new { orderId };
            var status = Type == WebhookEvents.OrderSubmitted ? submittedAs ?? change.To : change.To;
            return new OrderEventData(OutboxPayloads.Known(snapshot.Id), snapshot.Number, snapshot.PartnerId,
                c._partnerCodes.GetValueOrDefault(snapshot.PartnerId), status.ToString(), change.From.ToString(), snapshot.Total,
                snapshot.SubmittedAt, snapshot.ErpOrderNumber,
                Type == WebhookEvents.OrderSubmitted && order is not null
                    ? order.Lines.Select(l => new OrderLineData(l.Sku, l.Quantity, l.UnitPrice, l.LineTotal)).ToList()
                    : null,
                Type == WebhookEvents.OrderShipped && shipment is not null ? Shipped(shipment) : null);
        }

        private ShipmentData Shipped(Shipment s)
        {
            var lines = order?.Lines ?? [];
            return new ShipmentData(OutboxPayloads.Known(s.Id), s.Number, s.ShippedOn, s.Amount,
                s.Invoice is { } invoice ? OutboxPayloads.Known(invoice.Id) : s.InvoiceEntryId, s.Invoice?.Number, s.ExternalReference,
                s.Lines.Select(l => new ShippedLineData(l.OrderLine?.Sku ?? lines.FirstOrDefault(o => o.Id == l.OrderLineId)?.Sku ?? "",
                    l.Quantity, l.Amount)).ToList());
        }
    }

    private sealed class PaymentSource(LedgerEntry payment, List<EntityEntry> all) : Source(WebhookEvents.PaymentPosted)
    {
        public override int? PartnerId(OutboxEventCollector c) => payment.PartnerId;

        public override DateTimeOffset OccurredAt(DateTimeOffset now) => payment.CreatedAt == default ? now : payment.CreatedAt;

        public override bool AwaitsKeys => payment.Id == 0;

        public override object Data(OutboxEventCollector c)
        {
            var invoices = all.Select(e => e.Entity).OfType<LedgerEntry>().Where(e => e.Kind == LedgerEntryKind.Invoice && e.Id > 0)
                .ToDictionary(e => e.Id);
            var allocations = all.Select(e => e.Entity).OfType<LedgerAllocation>().Where(a => ReferenceEquals(a.PaymentEntry, payment))
                .Select(a => new AllocationData(OutboxPayloads.Known(a.InvoiceEntryId),
                    a.InvoiceEntry?.Number ?? invoices.GetValueOrDefault(a.InvoiceEntryId)?.Number, a.Amount))
                .ToList();
            return new PaymentData(OutboxPayloads.Known(payment.Id), payment.Number, payment.PartnerId, c._partnerCodes.GetValueOrDefault(payment.PartnerId),
                payment.Amount, payment.Date, payment.Reference, payment.ExternalReference, payment.OpenAmount, allocations);
        }
    }

    private sealed class PaymentReversedSource(LedgerEntry reversal, LedgerEntry payment, List<EntityEntry> all) : Source(WebhookEvents.PaymentReversed)
    {
        public override int? PartnerId(OutboxEventCollector c) => reversal.PartnerId;

        public override DateTimeOffset OccurredAt(DateTimeOffset now) => reversal.CreatedAt == default ? now : reversal.CreatedAt;

        public override bool AwaitsKeys => reversal.Id == 0;

        public override object Data(OutboxEventCollector c)
        {
            // The payment's allocations, which the reversal voids: those invoices are owed again.
            var invoices = all.Select(e => e.Entity).OfType<LedgerEntry>().Where(e => e.Id > 0).ToDictionary(e => e.Id);
            var reopened = all.Select(e => e.Entity).OfType<LedgerAllocation>().Where(a => a.PaymentEntryId == payment.Id).OrderBy(a => a.Id)
                .Select(a => new AllocationData(OutboxPayloads.Known(a.InvoiceEntryId), invoices.GetValueOrDefault(a.InvoiceEntryId)?.Number, a.Amount))
                .ToList();
            return new PaymentReversedData(OutboxPayloads.Known(reversal.Id), reversal.Number, reversal.PartnerId,
                c._partnerCodes.GetValueOrDefault(reversal.PartnerId), reversal.Amount, reversal.Date, (reversal.ReversalReason ?? ReversalReason.Other).ToString(),
                payment.Id, payment.Number, payment.ExternalReference, reopened);
        }
    }

    private sealed class RebateSource(LedgerEntry note, RebateAccrual accrual) : Source(WebhookEvents.RebateSettled)
    {
        public override int? PartnerId(OutboxEventCollector c) => note.PartnerId;

        public override DateTimeOffset OccurredAt(DateTimeOffset now) => note.CreatedAt == default ? now : note.CreatedAt;

        public override bool AwaitsKeys => note.Id == 0 || accrual.Id == 0;

        public override object Data(OutboxEventCollector c)
        {
            var policy = c._policies.GetValueOrDefault(accrual.PolicyId);
            var period = policy is null ? null : new RebatePeriod(policy.PeriodType, accrual.PeriodStart, accrual.PeriodEnd).Label;
            return new RebateSettledData(OutboxPayloads.Known(note.Id), note.Number, note.PartnerId, c._partnerCodes.GetValueOrDefault(note.PartnerId),
                note.Amount, note.Date, accrual.PolicyId, policy?.Code, policy?.VersionNumber, period, accrual.PeriodStart, accrual.PeriodEnd,
                OutboxPayloads.Known(accrual.Id));
        }
    }

    private sealed record OrderSnapshot(int Id, string Number, int PartnerId, decimal Total, DateTimeOffset SubmittedAt, string? ErpOrderNumber)
    {
        public static readonly System.Linq.Expressions.Expression<Func<Order, OrderSnapshot>> Projection =
            o => new OrderSnapshot(o.Id, o.Number, o.PartnerId, o.Total, o.SubmittedAt, o.ErpOrderNumber);

        public static OrderSnapshot Of(Order o) => new(o.Id, o.Number, o.PartnerId, o.Total, o.SubmittedAt, o.ErpOrderNumber);
    }

    private sealed record PolicySnapshot(int Id, string Code, int VersionNumber, RebatePeriodType PeriodType)
    {
        public static readonly System.Linq.Expressions.Expression<Func<RebatePolicy, PolicySnapshot>> Projection =
            p => new PolicySnapshot(p.Id, p.Code, p.VersionNumber, p.PeriodType);
    }
}

/// <summary>An outbox row added to a save, and how to write its payload again once the new rows have their keys.</summary>
internal sealed class PendingOutboxEvent(OutboxEvent row, Func<string> buildPayload, bool awaitsKeys)
{
    public OutboxEvent Row { get; } = row;

    /// <summary>The payload names a row not inserted yet: it is written again after the save.</summary>
    public bool AwaitsKeys { get; } = awaitsKeys;

    public string BuildPayload() => buildPayload();
}
