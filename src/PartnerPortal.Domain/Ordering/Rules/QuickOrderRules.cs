using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>Checks quick-order and CSV lines: the SKU is known, the quantity is a whole number the product can be ordered in.</summary>
public static class QuickOrderRules
{
    /// <param name="rows">The lines as typed.</param>
    /// <param name="findProduct">Looks a SKU up (case-insensitively); null when there is no such product.</param>
    public static IReadOnlyList<CheckedOrderLine> Check(IEnumerable<OrderCsvRow> rows, Func<string, ProductFacts?> findProduct) =>
        rows.Select(row => Check(row, findProduct)).ToList();

    private static CheckedOrderLine Check(OrderCsvRow row, Func<string, ProductFacts?> findProduct)
    {
        var problems = new List<Problem>();
        var product = string.IsNullOrWhiteSpace(row.Sku) ? null : findProduct(row.Sku.Trim());
        if (string.IsNullOrWhiteSpace(row.Sku)) problems.Add(new Problem(ProblemCodes.Required, "Sku"));
        else if (product is null) problems.Add(new Problem(ProblemCodes.UnknownSku, "Sku", row.Sku.Trim()));

        int? quantity = null;
        if (string.IsNullOrWhiteSpace(row.QuantityText)) problems.Add(new Problem(ProblemCodes.Required, "Quantity"));
        else if (!int.TryParse(row.QuantityText.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            problems.Add(new Problem(ProblemCodes.NotANumber, "Quantity", row.QuantityText.Trim()));
        else quantity = parsed;

        if (product is not null && quantity is { } q) problems.AddRange(QuantityRules.Check(q, product.Rule));
        return new CheckedOrderLine(row.LineNumber, product?.Sku ?? row.Sku.Trim(), row.QuantityText.Trim(),
            product?.ProductId, problems.Count == 0 ? quantity : null, problems);
    }
}
