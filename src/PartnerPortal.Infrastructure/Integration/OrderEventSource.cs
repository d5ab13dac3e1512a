using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>An order's move to submitted, approved, cancelled or shipped (with the shipment written in the same save).</summary>
internal sealed class OrderEventSource(string type, int orderId, Order? order, OrderEvent change, OrderStatus? submittedAs, Shipment? shipment)
    : OutboxEventSource(type)
{
    public override int? PartnerId(OutboxLookups c) => order?.PartnerId ?? c.Orders.GetValueOrDefault(orderId)?.PartnerId;

    public override DateTimeOffset OccurredAt(DateTimeOffset now) => change.At == default ? now : change.At;

    public override bool AwaitsKeys => order?.Id == 0 || (Type == WebhookEvents.OrderShipped && (shipment?.Id == 0 || shipment?.Invoice?.Id == 0));

    public override object Data(OutboxLookups c)
    {
        var snapshot = order is null ? c.Orders.GetValueOrDefault(orderId) : OutboxLookups.OrderSnapshot.Of(order);
        if (snapshot is null) return new { orderId };
        var status = Type == WebhookEvents.OrderSubmitted ? submittedAs ?? change.To : change.To;
        return new OrderEventData(OutboxPayloads.Known(snapshot.Id), snapshot.Number, snapshot.PartnerId,
            c.PartnerCodes.GetValueOrDefault(snapshot.PartnerId), status.ToString(), change.From.ToString(), snapshot.Total,
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
