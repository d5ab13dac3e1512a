namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>The quantity a "reorder" shortcut offers: what the partner usually orders, made orderable.</summary>
public static class ReorderQuantity
{
    /// <summary>
    /// The average quantity per order (rounded half up), raised to the minimum order quantity and then up to the next
    /// order multiple; at least 1. With no history, the smallest orderable quantity.
    /// </summary>
    public static int Suggest(int totalQuantity, int orderCount, QuantityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var usual = orderCount > 0 && totalQuantity > 0
            ? (int)Math.Round((decimal)totalQuantity / orderCount, MidpointRounding.AwayFromZero)
            : 1;
        var quantity = Math.Max(Math.Max(usual, rule.MinOrderQuantity), 1);
        var multiple = Math.Max(rule.OrderMultiple, 1);
        return (quantity + multiple - 1) / multiple * multiple;
    }
}
