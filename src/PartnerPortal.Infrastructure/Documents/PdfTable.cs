namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// A table column. A column that does not <paramref name="Wrap"/> (dates, numbers, amounts) is as wide as its widest
/// cell; the wrapping columns (names, references) share the rest of the width, and their long cells wrap.
/// </summary>
public sealed record PdfColumn(string Header, PdfAlign Align = PdfAlign.Left, bool Wrap = false);

/// <summary>
/// Rows under a header row. When the table breaks across pages its header row is repeated at the top of each page;
/// a row is never split (one taller than a whole page would run into the footer). A null or empty cell is left blank;
/// a line feed in a cell starts a new line.
/// </summary>
public sealed class PdfTable
{
    private readonly List<Row> _rows = [];

    public PdfTable(params IReadOnlyList<PdfColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(columns));
        Columns = columns;
    }

    public IReadOnlyList<PdfColumn> Columns { get; }

    public int RowCount => _rows.Count;

    internal IReadOnlyList<Row> Rows => _rows;

    public PdfTable AddRow(params IReadOnlyList<string?> cells) => Append(cells, false);

    /// <summary>A row set off by a rule above it and a larger size, such as totals.</summary>
    public PdfTable AddTotalRow(params IReadOnlyList<string?> cells) => Append(cells, true);

    private PdfTable Append(IReadOnlyList<string?> cells, bool total)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != Columns.Count)
            throw new ArgumentException($"The table has {Columns.Count} columns; the row has {cells.Count} cells.", nameof(cells));
        _rows.Add(new Row(cells, total));
        return this;
    }

    internal sealed record Row(IReadOnlyList<string?> Cells, bool IsTotal)
    {
        public PdfTextStyle Style => IsTotal ? PdfTextStyle.Strong : PdfTextStyle.Body;
    }
}

/// <summary>Lays out a <see cref="PdfTable"/>: column widths once for the whole table, then row by row down the pages.</summary>
internal sealed class PdfTableBlock(PdfTable table) : PdfBlock
{
    private const float PadX = 4;
    private const float PadY = 3;

    public override void Layout(PdfLayout layout)
    {
        var widths = ColumnWidths(layout);
        var header = Measure(layout, table.Columns.Select(c => (string?)c.Header).ToList(), PdfTextStyle.TableHeader, widths);

        layout.Gap(4);
        var first = table.Rows.Count > 0 ? Measure(layout, table.Rows[0].Cells, table.Rows[0].Style, widths).Height : 0;
        layout.Ensure(header.Height + first);
        DrawHeader(layout, header, widths);
        foreach (var row in table.Rows)
        {
            var cells = Measure(layout, row.Cells, row.Style, widths);
            if (cells.Height > layout.Remaining && !layout.AtPageTop)
            {
                layout.NewPage();
                DrawHeader(layout, header, widths);
            }
            DrawRow(layout, cells, row, widths);
        }
        layout.Advance(2);
    }

    /// <summary>
    /// Each column is at least as wide as its widest unbreakable piece (a wrapping column's longest word, a column that does
    /// not wrap its longest cell, a header its longest word). When the longest lines do not all fit, only the widest columns
    /// give way, down to a common width, so short cells (dates, periods) stay on one line and long texts wrap. When
    /// everything fits, the spare width goes to the wrapping columns (or to all of them when none wraps).
    /// </summary>
    private float[] ColumnWidths(PdfLayout layout)
    {
        var columns = table.Columns;
        var max = new float[columns.Count];
        var min = new float[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            Measure(columns[c].Header, PdfTextStyle.TableHeader, c, wraps: true);
            foreach (var row in table.Rows) Measure(row.Cells[c], row.Style, c, columns[c].Wrap);
            max[c] += 2 * PadX;
            min[c] += 2 * PadX;
        }

        var width = layout.Width;
        if (max.Sum() <= width)
        {
            var wrapping = Enumerable.Range(0, columns.Count).Where(c => columns[c].Wrap).ToList();
            if (wrapping.Count == 0) return Scale(max, width / max.Sum());
            var widths = (float[])max.Clone();
            foreach (var c in wrapping) widths[c] += (width - max.Sum()) / wrapping.Count;
            return widths;
        }
        if (min.Sum() >= width) return Scale(min, width / min.Sum()); // cells break between characters

        // The common width the widest columns are cut down to, found by bisection: the total grows with it.
        float low = 0, high = max.Max();
        for (var i = 0; i < 40; i++)
        {
            var level = (low + high) / 2;
            if (Capped(level).Sum() > width) high = level;
            else low = level;
        }
        var result = Capped(low);
        var spare = width - result.Sum();
        return result.Select(w => w + spare / result.Length).ToArray();

        float[] Capped(float level) => max.Select((m, c) => Math.Max(min[c], Math.Min(m, level))).ToArray();

        void Measure(string? text, PdfTextStyle style, int c, bool wraps)
        {
            if (string.IsNullOrEmpty(text)) return;
            float Width(string s) => layout.Fonts.Measure(s, style);
            var natural = PdfTextLayout.NaturalWidth(text, Width);
            max[c] = Math.Max(max[c], natural);
            min[c] = Math.Max(min[c], wraps ? PdfTextLayout.MinWidth(text, Width) : natural);
        }
    }

    private static float[] Scale(float[] widths, float factor) => widths.Select(w => w * factor).ToArray();

    private sealed record MeasuredRow(IReadOnlyList<string>[] Lines, float Height);

    private static MeasuredRow Measure(PdfLayout layout, IReadOnlyList<string?> cells, PdfTextStyle style, float[] widths)
    {
        var lines = new IReadOnlyList<string>[cells.Count];
        var count = 1;
        for (var c = 0; c < cells.Count; c++)
        {
            lines[c] = layout.Wrap(cells[c], style, widths[c] - 2 * PadX);
            count = Math.Max(count, lines[c].Count);
        }
        return new MeasuredRow(lines, count * style.LineHeight + 2 * PadY);
    }

    private void DrawHeader(PdfLayout layout, MeasuredRow header, float[] widths)
    {
        var top = layout.Y;
        layout.Add(new PdfFillOp(new SkiaSharp.SKRect(layout.Left, top, layout.Right, top + header.Height), PdfColors.HeaderFill));
        DrawCells(layout, header.Lines, PdfTextStyle.TableHeader, widths, top);
        layout.Add(new PdfLineOp(layout.Left, top + header.Height, layout.Right, top + header.Height, PdfColors.Primary, 0.8f));
        layout.Advance(header.Height);
    }

    private void DrawRow(PdfLayout layout, MeasuredRow cells, PdfTable.Row row, float[] widths)
    {
        var top = layout.Y;
        if (row.IsTotal) layout.Add(new PdfLineOp(layout.Left, top, layout.Right, top, PdfColors.Muted, 0.8f));
        DrawCells(layout, cells.Lines, row.Style, widths, top);
        if (!row.IsTotal) layout.Add(new PdfLineOp(layout.Left, top + cells.Height, layout.Right, top + cells.Height, PdfColors.Rule, 0.4f));
        layout.Advance(cells.Height);
    }

    private void DrawCells(PdfLayout layout, IReadOnlyList<string>[] lines, PdfTextStyle style, float[] widths, float top)
    {
        var x = layout.Left;
        for (var c = 0; c < lines.Length; c++)
        {
            layout.Lines(lines[c], style, x + PadX, widths[c] - 2 * PadX, top + PadY, table.Columns[c].Align);
            x += widths[c];
        }
    }
}
