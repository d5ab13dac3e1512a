using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The header or the footer of a page, described rather than positioned: an image at the left, lines of text stacked
/// at the left (after the image) and at the right (right-aligned), and a rule between the band and the content.
/// The right side takes up to 60 % of the width; long lines wrap.
/// </summary>
public sealed class PdfBand
{
    private const float ImageGap = 8;
    private const float SideGap = 16;
    private const float RuleGap = 5;
    private readonly List<(string Text, PdfTextStyle Style)> _left = [];
    private readonly List<(string Text, PdfTextStyle Style)> _right = [];
    private (SKImage Image, float Height)? _image;
    private SKColor? _rule;

    internal PdfBand(bool isHeader) => IsHeader = isHeader;

    /// <summary>A header's rule is below it, a footer's above it.</summary>
    public bool IsHeader { get; }

    /// <summary>An image at the band's left, <paramref name="height"/> points high.</summary>
    public PdfBand Image(SKImage image, float height)
    {
        ArgumentNullException.ThrowIfNull(image);
        _image = (image, height);
        return this;
    }

    public PdfBand Left(string text, PdfTextStyle style)
    {
        _left.Add((text ?? "", style));
        return this;
    }

    public PdfBand Right(string text, PdfTextStyle style)
    {
        _right.Add((text ?? "", style));
        return this;
    }

    public PdfBand Rule(SKColor color)
    {
        _rule = color;
        return this;
    }

    /// <summary>The band's ops from <paramref name="top"/> down, and its height.</summary>
    internal (List<PdfOp> Ops, float Height) Layout(PdfFonts fonts, float x, float top, float width)
    {
        var ops = new List<PdfOp>();
        var ruleSpace = _rule is null ? 0 : RuleGap + 1;
        var contentTop = IsHeader ? top : top + ruleSpace;

        var imageWidth = 0f;
        if (_image is { } image)
        {
            imageWidth = image.Height * image.Image.Width / image.Image.Height;
            ops.Add(new PdfImageOp(image.Image, new SKRect(x, contentTop, x + imageWidth, contentTop + image.Height)));
        }
        var indent = imageWidth > 0 ? imageWidth + ImageGap : 0;

        var right = Wrap(fonts, _right, width * 0.6f);
        var rightWidth = right.Count == 0 ? 0 : right.Max(l => fonts.Measure(l.Text, l.Style));
        var left = Wrap(fonts, _left, Math.Max(width - indent - (rightWidth > 0 ? rightWidth + SideGap : 0), 1));
        var leftHeight = left.Sum(l => l.Style.LineHeight);
        var rightHeight = right.Sum(l => l.Style.LineHeight);
        var height = Math.Max(Math.Max(leftHeight, rightHeight), _image?.Height ?? 0);

        // The left stack sits in the middle of the image's height; the right stack starts at the top.
        Stack(ops, fonts, left, x + indent, 0, contentTop + Math.Max(0, ((_image?.Height ?? 0) - leftHeight) / 2));
        Stack(ops, fonts, right, x, width, contentTop);

        if (_rule is { } color)
        {
            var y = IsHeader ? contentTop + height + RuleGap : top + 0.5f;
            ops.Add(new PdfLineOp(x, y, x + width, y, color, IsHeader ? 1f : 0.5f));
        }
        return (ops, height + ruleSpace);
    }

    private static List<(string Text, PdfTextStyle Style)> Wrap(PdfFonts fonts, List<(string Text, PdfTextStyle Style)> items, float width) =>
        items.SelectMany(i => PdfTextLayout.Wrap(i.Text, s => fonts.Measure(s, i.Style), width).Select(line => (line, i.Style))).ToList();

    /// <summary>Lines downwards from <paramref name="top"/>: left-aligned at x, or right-aligned at x + width when width is set.</summary>
    private static void Stack(List<PdfOp> ops, PdfFonts fonts, List<(string Text, PdfTextStyle Style)> lines, float x, float width, float top)
    {
        foreach (var (text, style) in lines)
        {
            var lineX = width > 0 ? x + width - fonts.Measure(text, style) : x;
            if (text.Length > 0) ops.Add(new PdfTextOp(lineX, top + fonts.Baseline(style), text, style));
            top += style.LineHeight;
        }
    }
}

/// <summary>
/// The standard document header: the logo and the brand at the left; the document's title and what it is about
/// (for whom, for when) at the right; a rule in the primary colour below.
/// </summary>
public sealed record PdfLetterhead(SKImage? Logo, string Brand, string Title, IReadOnlyList<string> Details)
{
    public void Draw(PdfBand band, PdfPageInfo page)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (Logo is not null) band.Image(Logo, 34);
        band.Left(Brand, PdfTextStyle.Brand);
        band.Right(Title, PdfTextStyle.Title);
        foreach (var detail in Details) band.Right(detail, PdfTextStyle.Muted);
        band.Rule(PdfColors.Primary);
    }
}
