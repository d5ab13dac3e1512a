using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// A document described as content (headings, paragraphs, tables, summaries, drawings) and written as a PDF: the writer places
/// the content on A4 pages between a header and a footer drawn on every page by the callbacks. It lays everything out
/// first, so the callbacks know the page count ("Page 2 of 7"), then draws. All text uses the shipped font
/// (<see cref="PdfAssets.Face"/>), embedded as a CID font cut down to the characters the document shows; a character the
/// font lacks is drawn with a font of the host that has it (<see cref="PdfFontFallback"/>).
/// </summary>
/// <example>
/// <code>
/// var writer = new PdfDocumentWriter { Title = "Statement", Header = letterhead.Draw, Footer = (band, page) => ... };
/// writer.Heading("Transactions").Table(table).Summary(totals).Write(stream);
/// </code>
/// </example>
public sealed class PdfDocumentWriter
{
    private readonly List<PdfBlock> _blocks = [];

    public PdfPageSetup Page { get; init; } = PdfPageSetup.A4;

    /// <summary>The title in the PDF's properties.</summary>
    public string? Title { get; init; }

    /// <summary>The PDF's creation date; none when null, so the same content gives the same file.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Fills the header band of a page. Its height is measured once, for page 1, and kept for every page.</summary>
    public Action<PdfBand, PdfPageInfo>? Header { get; init; }

    /// <summary>Fills the footer band of a page, e.g. with "Page X of Y"; measured like the header.</summary>
    public Action<PdfBand, PdfPageInfo>? Footer { get; init; }

    /// <summary>
    /// The typeface of all text; the shipped Noto Sans SC unless set. A TrueType-outline face is embedded cut down to the
    /// document's characters; a CFF face (an .otf) as Skia embeds it, as Type 3 fonts.
    /// </summary>
    public SKTypeface? Typeface { get; init; }

    /// <summary>
    /// Draws behind everything else of a page, e.g. a frame or a watermark, in points from the page's top left corner
    /// (the page is <see cref="Page"/>); it may draw outside the margins.
    /// </summary>
    public Action<SKCanvas, PdfPageInfo>? Background { get; init; }

    public PdfDocumentWriter Heading(string text) => Add(new PdfHeadingBlock(text ?? ""));

    public PdfDocumentWriter Paragraph(string text, PdfTextStyle? style = null, PdfAlign align = PdfAlign.Left) =>
        Add(new PdfParagraphBlock(text ?? "", style ?? PdfTextStyle.Body, align));

    public PdfDocumentWriter Table(PdfTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(new PdfTableBlock(table));
    }

    public PdfDocumentWriter Summary(PdfSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Add(new PdfSummaryBlock(summary));
    }

    /// <summary>
    /// A box of fixed size that <paramref name="draw"/> fills with anything Skia can draw (a QR code, a seal, a chart):
    /// it gets the page's canvas and the box, in points from the page's top left corner, and is clipped to the box.
    /// The box is placed like a line of text: aligned within the content width, on the next page when it does not fit.
    /// </summary>
    public PdfDocumentWriter Drawing(float width, float height, Action<SKCanvas, SKRect> draw, PdfAlign align = PdfAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        return Add(new PdfDrawingBlock(width, height, align, draw));
    }

    /// <summary>Vertical space; none at the top of a page.</summary>
    public PdfDocumentWriter Space(float points = 8) => Add(new PdfSpaceBlock(points));

    private PdfDocumentWriter Add(PdfBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>
    /// Writes the PDF to <paramref name="output"/> with synchronous writes (buffer it first for an HTTP response) and
    /// returns the number of pages. The stream is left open.
    /// </summary>
    public int Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = new PdfFonts(Typeface is null ? PdfAssets.Face : PdfFontFace.From(Typeface), PdfFontFallback.For);
        var pages = Layout(fonts);
        // Every page's ops, header and footer included, are known before the first is drawn, so the fonts can be cut down
        // to the characters the document shows.
        var drawn = pages.Select((ops, i) => Bands(fonts, new PdfPageInfo(i + 1, pages.Count)).Concat(ops).ToList()).ToList();
        fonts.UseSubsets(drawn.SelectMany(ops => ops).OfType<PdfTextOp>().Select(t => t.Text));
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = Title ?? "";
        metadata.Creator = "PartnerPortal";
        metadata.Producer = "PartnerPortal (SkiaSharp)";
        metadata.Creation = Created?.UtcDateTime;
        metadata.Modified = Created?.UtcDateTime;
        using var canvas = new PdfCanvas(fonts);
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < drawn.Count; i++)
            {
                canvas.Target = document.BeginPage(Page.Width, Page.Height);
                var info = new PdfPageInfo(i + 1, drawn.Count);
                if (Background is { } background)
                    new PdfDrawingOp(new SKRect(0, 0, Page.Width, Page.Height), false, (c, _) => background(c, info)).Draw(canvas);
                foreach (var op in drawn[i]) op.Draw(canvas);
                canvas.Target = null;
                document.EndPage();
            }
            document.Close();
        }
        output.Flush();
        return pages.Count;
    }

    /// <summary>Places the blocks on pages; the pages' ops, without the header and footer.</summary>
    internal List<List<PdfOp>> Layout(PdfFonts fonts)
    {
        var first = new PdfPageInfo(1, 1);
        var header = Band(fonts, Header, true, first, 0).Height;
        var footer = Band(fonts, Footer, false, first, 0).Height;
        var layout = new PdfLayout(fonts, Page, header, footer);
        foreach (var block in _blocks) block.Layout(layout);
        return layout.Pages;
    }

    private IEnumerable<PdfOp> Bands(PdfFonts fonts, PdfPageInfo page)
    {
        var header = Band(fonts, Header, true, page, Page.MarginTop).Ops;
        var footerHeight = Band(fonts, Footer, false, page, 0).Height;
        var footer = Band(fonts, Footer, false, page, Page.Height - Page.MarginBottom - footerHeight).Ops;
        return header.Concat(footer);
    }

    private (List<PdfOp> Ops, float Height) Band(PdfFonts fonts, Action<PdfBand, PdfPageInfo>? fill, bool isHeader, PdfPageInfo page,
        float top)
    {
        if (fill is null) return ([], 0);
        var band = new PdfBand(isHeader);
        fill(band, page);
        return band.Layout(fonts, Page.MarginLeft, top, Page.ContentWidth);
    }
}
