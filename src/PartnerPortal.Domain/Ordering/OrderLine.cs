using PartnerPortal.Domain.Catalog;

namespace PartnerPortal.Domain.Ordering;

/// <summary>One product on an order, at the price frozen when the order was submitted.</summary>
public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order? Order { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public decimal ListPrice { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal LineTotal { get; set; }
    public int ShippedQuantity { get; set; }

    public int OpenQuantity => Quantity - ShippedQuantity;
}
