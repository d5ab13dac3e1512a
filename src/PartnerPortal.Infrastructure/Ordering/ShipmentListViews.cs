using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Filters of the shipment list besides paging. <see cref="From"/> and <see cref="To"/> are shipping days, both included:
/// the dashboards' shipped amounts link here with the same days they sum.
/// </summary>
public sealed record ShipmentFilter(int? PartnerId = null, int? RegionId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A shipment as the shipment list shows it; <see cref="InvoiceNumber"/> is the invoice raised for it.</summary>
public sealed record ShipmentListItem(int Id, string Number, DateOnly ShippedOn, int OrderId, string OrderNumber, int PartnerId,
    string PartnerCode, LocalName PartnerName, string RegionName, string RegionNameEn, string WarehouseCode, decimal Amount, string? InvoiceNumber);

/// <summary>One page of the shipment list, with the count and amount of every shipment the filters match.</summary>
public sealed record ShipmentPage(IReadOnlyList<ShipmentListItem> Items, int TotalCount, decimal AmountTotal);
