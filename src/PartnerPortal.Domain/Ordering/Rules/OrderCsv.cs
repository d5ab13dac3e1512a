namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>One data row of an uploaded order file, as typed: nothing is checked yet.</summary>
public sealed record OrderCsvRow(int LineNumber, string Sku, string QuantityText);

/// <summary>
/// Reads "sku,quantity" files: UTF-8 with or without a byte-order mark, an optional header row,
/// comma, semicolon, tab or the Chinese full-width comma as separator, blank lines ignored.
/// </summary>
public static class OrderCsv
{
    private static readonly char[] Separators = [',', ';', '\t', '，'];

    public static IReadOnlyList<OrderCsvRow> Parse(string text)
    {
        var rows = new List<OrderCsvRow>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0) continue;
            var cells = line.Split(Separators, 2);
            var sku = Unquote(cells[0]);
            var quantity = cells.Length > 1 ? Unquote(cells[1]) : "";
            if (rows.Count == 0 && IsHeader(sku)) continue;
            rows.Add(new OrderCsvRow(i + 1, sku, quantity));
        }
        return rows;
    }

    private static bool IsHeader(string firstCell) =>
        firstCell.Equals("sku", StringComparison.OrdinalIgnoreCase) || firstCell is "商品编码" or "SKU编码" or "产品编码";

    private static string Unquote(string cell) => cell.Trim().Trim('"').Trim();
}
