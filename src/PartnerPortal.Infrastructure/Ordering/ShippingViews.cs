using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>An order as the shipping form needs it: what is still to ship and where it is reserved.</summary>
public sealed record ShippableOrder(int OrderId, string Number, string PartnerCode, LocalName PartnerName,
    IReadOnlyList<ShippableLine> Lines, IReadOnlyList<WarehouseOption> Warehouses);

/// <summary>One order line: its open quantity and what it holds in each warehouse (by warehouse id).</summary>
public sealed record ShippableLine(int OrderLineId, string Sku, string Name, string NameEn, int OpenQuantity,
    IReadOnlyDictionary<int, int> ReservedByWarehouse);

public sealed record WarehouseOption(int Id, string Code, string Name, string NameEn);
