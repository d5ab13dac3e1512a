using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>A piece of content the writer places: it lays itself out from the layout's current position on.</summary>
internal abstract class PdfBlock
{
    public abstract void Layout(PdfLayout layout);
}

/// <summary>A heading, kept on the same page as the first lines after it.</summary>
internal sealed class PdfHeadingBlock(string text) : PdfBlock
{
    private const float KeepWithNext = 48;

    public override void Layout(PdfLayout layout)
    {
        var style = PdfTextStyle.Heading;
        var lines = layout.Wrap(text, style, layout.Width);
        var height = lines.Count * style.LineHeight;
        layout.Gap(10);
        layout.Ensure(height + KeepWithNext);
        layout.Lines(lines, style, layout.Left, layout.Width, layout.Y, PdfAlign.Left);
        layout.Advance(height + 4);
    }
}

/// <summary>Wrapped text, which may continue on the next page between lines.</summary>
internal sealed class PdfParagraphBlock(string text, PdfTextStyle style, PdfAlign align = PdfAlign.Left) : PdfBlock
{
    public override void Layout(PdfLayout layout)
    {
        layout.Gap(4);
        foreach (var line in layout.Wrap(text, style, layout.Width))
        {
            layout.Ensure(style.LineHeight);
            layout.Lines([line], style, layout.Left, layout.Width, layout.Y, align);
            layout.Advance(style.LineHeight);
        }
        layout.Advance(4);
    }
}

/// <summary>A box of fixed size drawn by a callback, kept whole on one page.</summary>
internal sealed class PdfDrawingBlock(float width, float height, PdfAlign align, Action<SKCanvas, SKRect> draw) : PdfBlock
{
    public override void Layout(PdfLayout layout)
    {
        layout.Gap(4);
        layout.Ensure(height);
        var boxWidth = Math.Min(width, layout.Width);
        var x = align switch
        {
            PdfAlign.Right => layout.Right - boxWidth,
            PdfAlign.Center => layout.Left + (layout.Width - boxWidth) / 2,
            _ => layout.Left,
        };
        layout.Add(new PdfDrawingOp(new SKRect(x, layout.Y, x + boxWidth, layout.Y + height), true, draw));
        layout.Advance(height + 4);
    }
}

internal sealed class PdfSpaceBlock(float height) : PdfBlock
{
    public override void Layout(PdfLayout layout) => layout.Gap(height);
}

/// <summary>Labels and values in two columns: labels on the left, values lined up after the longest label.</summary>
public sealed class PdfSummary
{
    private readonly List<Item> _items = [];

    internal IReadOnlyList<Item> Items => _items;

    /// <summary>A text value, left-aligned and wrapped when long.</summary>
    public PdfSummary Add(string label, string value) => Append(label, value, PdfAlign.Left, false);

    /// <summary>An amount, right-aligned with the other amounts of the block.</summary>
    public PdfSummary Amount(string label, string value) => Append(label, value, PdfAlign.Right, false);

    /// <summary>A total: an amount set off by a rule above it and a larger size.</summary>
    public PdfSummary Total(string label, string value) => Append(label, value, PdfAlign.Right, true);

    private PdfSummary Append(string label, string value, PdfAlign align, bool total)
    {
        ArgumentNullException.ThrowIfNull(label);
        _items.Add(new Item(label, value ?? "", align, total));
        return this;
    }

    internal sealed record Item(string Label, string Value, PdfAlign Align, bool IsTotal)
    {
        public PdfTextStyle LabelStyle => IsTotal ? PdfTextStyle.Strong with { Color = PdfColors.Muted } : PdfTextStyle.Muted;
        public PdfTextStyle ValueStyle => IsTotal ? PdfTextStyle.Strong : PdfTextStyle.Body;
    }
}

/// <summary>Lays out a <see cref="PdfSummary"/>, on one page when it fits one.</summary>
internal sealed class PdfSummaryBlock(PdfSummary summary) : PdfBlock
{
    private const float ColumnGap = 16;
    private const float RowPadding = 2;

    public override void Layout(PdfLayout layout)
    {
        var items = summary.Items;
        if (items.Count == 0) return;
        var fonts = layout.Fonts;
        var labelWidth = Math.Min(items.Max(i => fonts.Measure(i.Label, i.LabelStyle)), layout.Width * 0.4f);
        var valueWidth = layout.Width - labelWidth - ColumnGap;
        var amountWidth = Math.Min(valueWidth,
            items.Where(i => i.Align == PdfAlign.Right).Select(i => fonts.Measure(i.Value, i.ValueStyle)).DefaultIfEmpty(0).Max());
        var rows = items.Select(i => (Item: i, Labels: layout.Wrap(i.Label, i.LabelStyle, labelWidth),
            Values: layout.Wrap(i.Value, i.ValueStyle, i.Align == PdfAlign.Right ? amountWidth : valueWidth))).ToList();
        var heights = rows.Select(r => Math.Max(Math.Max(r.Labels.Count, r.Values.Count), 1) * r.Item.ValueStyle.LineHeight
            + 2 * RowPadding + (r.Item.IsTotal ? 3 : 0)).ToList();

        layout.Gap(6);
        if (heights.Sum() <= layout.PageContentHeight) layout.Ensure(heights.Sum());
        var valueX = layout.Left + labelWidth + ColumnGap;
        for (var i = 0; i < rows.Count; i++)
        {
            var (item, labels, values) = rows[i];
            layout.Ensure(heights[i]);
            var top = layout.Y + RowPadding;
            if (item.IsTotal)
            {
                layout.Add(new PdfLineOp(layout.Left, layout.Y + 1, valueX + amountWidth, layout.Y + 1, PdfColors.Muted, 0.6f));
                top += 3;
            }
            // Labels share the values' line height so the first lines of both sit on one baseline.
            var labelTop = top + (item.ValueStyle.LineHeight - item.LabelStyle.LineHeight) / 2;
            layout.Lines(labels, item.LabelStyle, layout.Left, labelWidth, labelTop, PdfAlign.Left);
            var width = item.Align == PdfAlign.Right ? amountWidth : valueWidth;
            layout.Lines(values, item.ValueStyle, valueX, width, top, item.Align);
            layout.Advance(heights[i]);
        }
    }
}
