using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>Checks one order line's quantity against its product, reporting every fixable problem at once.</summary>
public static class QuantityRules
{
    private const string QuantityField = "Quantity";
    private const string SkuField = "Sku";

    /// <summary>
    /// An inactive product or a quantity below 1 is reported alone: the other checks would only add noise.
    /// Otherwise the minimum and the multiple are checked independently, so both can be fixed in one go.
    /// </summary>
    public static IReadOnlyList<Problem> Check(int quantity, QuantityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.IsActive) return [new Problem(ProblemCodes.ProductInactive, SkuField)];
        if (quantity <= 0) return [new Problem(ProblemCodes.QuantityNotPositive, QuantityField)];

        var problems = new List<Problem>();
        if (quantity < rule.MinOrderQuantity)
            problems.Add(new Problem(ProblemCodes.BelowMinimumQuantity, QuantityField, rule.MinOrderQuantity));
        if (rule.OrderMultiple > 1 && quantity % rule.OrderMultiple != 0)
            problems.Add(new Problem(ProblemCodes.NotAMultiple, QuantityField, rule.OrderMultiple));
        return problems;
    }
}
