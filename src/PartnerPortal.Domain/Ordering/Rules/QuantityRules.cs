using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>Checks one order line's quantity against its product, reporting every fixable problem at once.</summary>
public static class QuantityRules
{
    /// <summary>
    /// The most of one product a line may hold: far above any real order, and small enough that a line's total and the
    /// sum of several lines for the same product stay exact.
    /// </summary>
    public const int MaxQuantity = 999_999;

    private const string QuantityField = "Quantity";
    private const string SkuField = "Sku";

    /// <summary>
    /// A quantity as typed or uploaded (full-width digits allowed, see <see cref="TypedNumber"/>): a whole number up to
    /// <see cref="MaxQuantity"/>. Zero or less reads as QuantityNotPositive, as <see cref="Check"/> would say.
    /// </summary>
    public static TypedNumberResult<int> Parse(string? text, string field = QuantityField)
    {
        var read = TypedNumber.Whole(text, field, 1, MaxQuantity);
        return read.Problem is { Code: ProblemCodes.TooSmall }
            ? TypedNumberResult<int>.Failed(new Problem(ProblemCodes.QuantityNotPositive, field))
            : read;
    }

    /// <summary>
    /// An inactive product or a quantity below 1 is reported alone: the other checks would only add noise.
    /// Otherwise the minimum and the multiple are checked independently, so both can be fixed in one go.
    /// </summary>
    public static IReadOnlyList<Problem> Check(int quantity, QuantityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.IsActive) return [new Problem(ProblemCodes.ProductInactive, SkuField)];
        if (quantity <= 0) return [new Problem(ProblemCodes.QuantityNotPositive, QuantityField)];
        if (quantity > MaxQuantity) return [new Problem(ProblemCodes.TooLarge, QuantityField, MaxQuantity)];

        var problems = new List<Problem>();
        if (quantity < rule.MinOrderQuantity)
            problems.Add(new Problem(ProblemCodes.BelowMinimumQuantity, QuantityField, rule.MinOrderQuantity));
        if (rule.OrderMultiple > 1 && quantity % rule.OrderMultiple != 0)
            problems.Add(new Problem(ProblemCodes.NotAMultiple, QuantityField, rule.OrderMultiple));
        return problems;
    }
}
