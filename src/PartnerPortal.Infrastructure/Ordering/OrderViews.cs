using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;

namespace PartnerPortal.Infrastructure.Ordering;

public sealed record OrderListItem(int Id, string Number, int PartnerId, string PartnerCode, LocalName PartnerName, OrderStatus Status,
    DateTimeOffset SubmittedAt, decimal Total, int LineCount);

/// <summary>Filters of the order list besides paging; dates are inclusive days in the portal's time zone.</summary>
public sealed record OrderFilter(OrderStatus? Status = null, DateOnly? From = null, DateOnly? To = null, int? PartnerId = null,
    int? RegionId = null);

public sealed record OrderDetails(int Id, string Number, int PartnerId, string PartnerCode, LocalName PartnerName, OrderStatus Status,
    DateTimeOffset SubmittedAt, decimal Total, string Note, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<OrderEventView> Timeline,
    IReadOnlyList<ShipmentView> Shipments, IReadOnlyList<InvoiceView> Invoices, bool CanCancel, string? ErpOrderNumber = null);

public sealed record OrderLineView(int Id, int ProductId, string Sku, string Name, string NameEn, int Quantity, int ShippedQuantity,
    decimal ListPrice, decimal UnitPrice, decimal LineTotal);

/// <summary>
/// One step of an order's history. <paramref name="UserName"/> is the actor as people know them (a display name, "system",
/// "api:&lt;key&gt;"); <paramref name="Fact"/> with the credit figures says what the step recorded, for the page to word in the
/// reader's language. Older steps have no fact and keep their note as it was written.
/// </summary>
public sealed record OrderEventView(DateTimeOffset At, string UserName, OrderStatus From, OrderStatus To, string Note,
    OrderEventFact Fact = OrderEventFact.None, decimal? CreditLimit = null, decimal? Exposure = null, decimal? OrderTotal = null)
{
    /// <summary>The credit figures of a credit fact, or null.</summary>
    public CreditFigures? Credit => CreditLimit is { } limit && Exposure is { } exposure && OrderTotal is { } total
        ? CreditFigures.Of(limit, exposure, total)
        : null;
}

/// <summary>A shipment of an order; <see cref="ErpShipmentNumber"/> is set when the ERP or warehouse system posted it.</summary>
public sealed record ShipmentView(int Id, string Number, DateOnly ShippedOn, string WarehouseName, decimal Amount, string? ErpShipmentNumber = null);

public sealed record InvoiceView(int Id, string Number, DateOnly Date, DateOnly? DueDate, decimal Amount, decimal OpenAmount);
