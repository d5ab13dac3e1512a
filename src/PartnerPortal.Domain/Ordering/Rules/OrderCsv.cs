using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>One data row of an uploaded order file, as typed: nothing is checked yet.</summary>
public sealed record OrderCsvRow(int LineNumber, string Sku, string QuantityText);

/// <summary>
/// Reads "sku,quantity" files and typed quick orders line by line, so that a file is never held as one string. Comma,
/// semicolon or tab separates the columns (full-width forms too); a cell may be quoted ("…"). The first line may be a
/// header naming the SKU and quantity columns in any order (<see cref="OrderCsvHeaders"/>), with other columns beside
/// them; without a header the SKU is the first column and the quantity the second. Blank lines are skipped; line numbers
/// stay those of the file.
/// </summary>
public static class OrderCsv
{
    public static IReadOnlyList<OrderCsvRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, int.MaxValue).Rows;
    }

    /// <summary>
    /// Reads at most <paramref name="maxRows"/> data rows. A header that names no SKU or no quantity column, or a row
    /// beyond the limit, stops the reading with a problem for the whole file (and no rows).
    /// </summary>
    /// <param name="unknownHeaders">
    /// Whether a first line without digits that names no known column counts as a header (a file's first line); typed
    /// lines are read as data then, so that a typo is reported as an unknown SKU.
    /// </param>
    public static OrderCsvResult Parse(TextReader reader, int maxRows, bool unknownHeaders = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<OrderCsvRow>();
        var columns = (Sku: 0, Quantity: 1);
        var first = true;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1) line = line.TrimStart('\uFEFF');
            var cells = OrderCsvLine.Split(line);
            if (cells.Count == 0) continue;
            if (first)
            {
                first = false;
                var header = ReadHeader(cells, unknownHeaders);
                if (header.Problems.Count > 0) return new OrderCsvResult([], header.Problems);
                if (header.Columns is { } named)
                {
                    columns = named;
                    continue;
                }
            }
            if (rows.Count == maxRows) return new OrderCsvResult([], [new Problem(ProblemCodes.FileTooManyLines, null, maxRows)]);
            rows.Add(new OrderCsvRow(lineNumber, Cell(cells, columns.Sku), Cell(cells, columns.Quantity)));
        }
        return new OrderCsvResult(rows, []);
    }

    /// <summary>
    /// The columns a header row names, or none when the line is data. A line is taken for a header when it names a known
    /// column, or when neither of its first two cells holds a digit (no SKU or quantity does without one).
    /// </summary>
    private static ((int Sku, int Quantity)? Columns, IReadOnlyList<Problem> Problems) ReadHeader(IReadOnlyList<string> cells, bool unknownHeaders)
    {
        var sku = IndexOf(cells, OrderCsvHeaders.IsSku);
        var quantity = IndexOf(cells, OrderCsvHeaders.IsQuantity);
        if (sku >= 0 && quantity >= 0) return ((sku, quantity), []);
        var looksLikeHeader = sku >= 0 || quantity >= 0
            || (unknownHeaders && !cells.Take(2).Any(c => TypedNumber.Normalize(c).Any(char.IsAsciiDigit)));
        if (!looksLikeHeader) return (null, []);

        var problems = new List<Problem>();
        if (sku < 0) problems.Add(new Problem(ProblemCodes.NoSkuColumn, null, string.Join(", ", OrderCsvHeaders.Sku)));
        if (quantity < 0) problems.Add(new Problem(ProblemCodes.NoQuantityColumn, null, string.Join(", ", OrderCsvHeaders.Quantity)));
        return (null, problems);
    }

    private static int IndexOf(IReadOnlyList<string> cells, Func<string, bool> match)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (match(cells[i])) return i;
        }
        return -1;
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index < cells.Count ? cells[index] : "";
}

/// <summary>The rows read from an order file, or the problems that stop the whole file (then there are no rows).</summary>
public sealed record OrderCsvResult(IReadOnlyList<OrderCsvRow> Rows, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
