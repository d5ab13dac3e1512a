namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>The facts about a product that decide whether a typed order line can be added.</summary>
public sealed record ProductFacts(int ProductId, string Sku, QuantityRule Rule);

/// <summary>A typed or uploaded line after checking: the product and quantity when valid, otherwise the problems.</summary>
public sealed record CheckedOrderLine(int LineNumber, string Sku, string QuantityText, int? ProductId, int? Quantity,
    IReadOnlyList<Common.Problem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
