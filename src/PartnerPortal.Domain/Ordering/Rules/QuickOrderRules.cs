using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>
/// Checks quick-order and CSV lines: the SKU is known, the quantity is a whole number the product can be ordered in.
/// SKUs and quantities typed with full-width characters (ＡＣ-１００１, １０) read as their ASCII forms.
/// </summary>
public static class QuickOrderRules
{
    /// <param name="rows">The lines as typed.</param>
    /// <param name="findProduct">Looks a SKU up (case-insensitively); null when there is no such product.</param>
    public static IReadOnlyList<CheckedOrderLine> Check(IEnumerable<OrderCsvRow> rows, Func<string, ProductFacts?> findProduct) =>
        rows.Select(row => Check(row, findProduct)).ToList();

    /// <summary>One line: every problem of its SKU and its quantity at once.</summary>
    public static CheckedOrderLine Check(OrderCsvRow row, Func<string, ProductFacts?> findProduct)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(findProduct);
        var problems = new List<Problem>();
        var sku = TextRules.NormalizeCode(row.Sku);
        var product = sku.Length == 0 ? null : findProduct(sku);
        if (sku.Length == 0) problems.Add(new Problem(ProblemCodes.Required, "Sku"));
        else if (product is null) problems.Add(new Problem(ProblemCodes.UnknownSku, "Sku", row.Sku.Trim()));

        var read = QuantityRules.Parse(row.QuantityText);
        int? quantity = read.Succeeded ? read.Value : null;
        if (read.Problem is { } problem) problems.Add(problem);

        if (product is not null && quantity is { } q) problems.AddRange(QuantityRules.Check(q, product.Rule));
        return new CheckedOrderLine(row.LineNumber, product?.Sku ?? sku, row.QuantityText.Trim(),
            product?.ProductId, problems.Count == 0 ? quantity : null, problems);
    }
}
