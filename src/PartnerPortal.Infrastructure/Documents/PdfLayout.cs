namespace PartnerPortal.Infrastructure.Documents;

/// <summary>An A4 page by default: 595 × 842 points, with its margins.</summary>
public sealed record PdfPageSetup(float Width, float Height, float MarginLeft, float MarginTop, float MarginRight, float MarginBottom)
{
    public static readonly PdfPageSetup A4 = new(595, 842, 42, 36, 42, 32);

    public float ContentWidth => Width - MarginLeft - MarginRight;
}

/// <summary>The page being drawn and how many pages the document has, for "Page X of Y".</summary>
public readonly record struct PdfPageInfo(int Number, int Count);

/// <summary>
/// Where the next block goes: the content area between the header and the footer of the current page, filled from
/// the top; a block that does not fit starts a new page. Collects each page's ops for drawing later.
/// </summary>
internal sealed class PdfLayout
{
    private readonly float _top;
    private readonly float _bottom;
    private List<PdfOp> _page = [];

    public PdfLayout(PdfFonts fonts, PdfPageSetup setup, float headerHeight, float footerHeight)
    {
        Fonts = fonts;
        Left = setup.MarginLeft;
        Width = setup.ContentWidth;
        _top = setup.MarginTop + headerHeight + BandGap;
        _bottom = setup.Height - setup.MarginBottom - footerHeight - BandGap;
        if (_bottom - _top < 100) throw new InvalidOperationException("The header and the footer leave no room for content.");
        Y = _top;
        Pages.Add(_page);
    }

    /// <summary>The space between the header or the footer and the content.</summary>
    public const float BandGap = 14;

    public PdfFonts Fonts { get; }
    public List<List<PdfOp>> Pages { get; } = [];
    public float Left { get; }
    public float Width { get; }
    public float Right => Left + Width;

    /// <summary>The top of the next block on the current page.</summary>
    public float Y { get; private set; }

    public float Remaining => _bottom - Y;
    public float PageContentHeight => _bottom - _top;
    public bool AtPageTop => Y <= _top;

    public void NewPage()
    {
        _page = [];
        Pages.Add(_page);
        Y = _top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this page is still empty).</summary>
    public void Ensure(float height)
    {
        if (height > Remaining && !AtPageTop) NewPage();
    }

    public void Advance(float height) => Y += height;

    /// <summary>Space between blocks, dropped at the top of a page.</summary>
    public void Gap(float height)
    {
        if (AtPageTop) return;
        Y = Math.Min(Y + height, _bottom);
    }

    public void Add(PdfOp op) => _page.Add(op);

    public IReadOnlyList<string> Wrap(string? text, PdfTextStyle style, float width) =>
        PdfTextLayout.Wrap(text, s => Fonts.Measure(s, style), width);

    /// <summary>Lines of text from <paramref name="top"/> down, each aligned within [x, x + width].</summary>
    public void Lines(IReadOnlyList<string> lines, PdfTextStyle style, float x, float width, float top, PdfAlign align)
    {
        var baseline = top + Fonts.Baseline(style);
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                var lineX = align switch
                {
                    PdfAlign.Right => x + width - Fonts.Measure(line, style),
                    PdfAlign.Center => x + (width - Fonts.Measure(line, style)) / 2,
                    _ => x,
                };
                Add(new PdfTextOp(lineX, baseline, line, style));
            }
            baseline += style.LineHeight;
        }
    }
}

/// <summary>How text sits in its column.</summary>
public enum PdfAlign
{
    Left,
    Right,
    Center,
}
