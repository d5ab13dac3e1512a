using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>An order as the shipping form needs it: what is still to ship and where it is reserved.</summary>
public sealed record ShippableOrder(int OrderId, string Number, string PartnerCode, LocalName PartnerName,
    IReadOnlyList<ShippableLine> Lines, IReadOnlyList<WarehouseOption> Warehouses)
{
    /// <summary>What shipping these quantities (by order line id) will invoice, by the shipment's own rule.</summary>
    public decimal InvoiceAmount(IReadOnlyDictionary<int, int> quantities) =>
        ShipmentAmounts.Invoice(Lines.Where(l => quantities.GetValueOrDefault(l.OrderLineId) > 0)
            .Select(l => (l.UnitPrice, quantities[l.OrderLineId])));
}

/// <summary>One order line: its open quantity and what it holds in each warehouse (by warehouse id).</summary>
public sealed record ShippableLine(int OrderLineId, string Sku, string Name, string NameEn, int OpenQuantity, decimal UnitPrice,
    IReadOnlyDictionary<int, int> ReservedByWarehouse);

public sealed record WarehouseOption(int Id, string Code, string Name, string NameEn);
