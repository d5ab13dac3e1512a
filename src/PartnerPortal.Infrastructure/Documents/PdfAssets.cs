using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The files every PDF needs, shipped with the app under assets/ (both projects that render PDFs copy them to their
/// output folder): the Noto Sans SC subset, which has Latin as well as Chinese, so a document reads the same on a machine
/// with no fonts installed, and the brand logo. Loaded once and shared; Skia's typefaces and images are immutable.
/// </summary>
public static class PdfAssets
{
    public const string FontFile = "assets/fonts/NotoSansSC-Regular-subset.otf";
    public const string LogoFile = "assets/brand/logo.png";

    // PublicationOnly: a missing file is not cached as a failure for the life of the process.
    private static readonly Lazy<SKTypeface> LazyTypeface = new(LoadTypeface, LazyThreadSafetyMode.PublicationOnly);
    private static readonly Lazy<SKImage> LazyLogo = new(LoadLogo, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// Noto Sans CJK SC (a subset). Its outlines are CFF, so Skia embeds the glyphs a document uses as a Type 3 font:
    /// an English-only statement carries only the Latin glyphs it shows.
    /// </summary>
    public static SKTypeface Typeface => LazyTypeface.Value;

    public static SKImage Logo => LazyLogo.Value;

    private static SKTypeface LoadTypeface()
    {
        var path = Require(FontFile);
        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"{path} is not a font Skia can read.");
    }

    private static SKImage LoadLogo()
    {
        var path = Require(LogoFile);
        using var data = SKData.Create(path) ?? throw new InvalidDataException($"Cannot read {path}.");
        return SKImage.FromEncodedData(data) ?? throw new InvalidDataException($"{path} is not an image Skia can read.");
    }

    private static string Require(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relative);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The PDF asset {relative} is missing from {AppContext.BaseDirectory}; "
                + "the project must copy the repository's assets folder to its output.", path);
    }
}

/// <summary>The portal's colours in documents.</summary>
public static class PdfColors
{
    public static readonly SKColor Primary = SKColor.Parse("#1E4E8C");
    public static readonly SKColor Text = SKColor.Parse("#1F2933");
    public static readonly SKColor Muted = SKColor.Parse("#5F6B7A");
    public static readonly SKColor Rule = SKColor.Parse("#D5DBE3");
    public static readonly SKColor HeaderFill = SKColor.Parse("#E8EFF8");
}

/// <summary>
/// A size and a colour. There is no bold: Skia draws emboldened or stroked text as outlines on every use (a 2-page
/// table grows from 11 KB to over 200 KB), so emphasis is a larger size or the primary colour.
/// </summary>
public sealed record PdfTextStyle(float Size, SKColor Color)
{
    public static readonly PdfTextStyle Body = new(8.5f, PdfColors.Text);
    public static readonly PdfTextStyle Muted = new(8.5f, PdfColors.Muted);
    public static readonly PdfTextStyle Small = new(7.5f, PdfColors.Muted);
    public static readonly PdfTextStyle Strong = new(9.5f, PdfColors.Text);
    public static readonly PdfTextStyle TableHeader = new(8f, PdfColors.Primary);
    public static readonly PdfTextStyle Heading = new(11.5f, PdfColors.Primary);
    public static readonly PdfTextStyle Title = new(15f, PdfColors.Primary);
    public static readonly PdfTextStyle Brand = new(13f, PdfColors.Text);

    /// <summary>The height of one line of text: 1.4 times the size.</summary>
    public float LineHeight => Size * 1.4f;
}

/// <summary>
/// The SKFonts of one document, by size, with measuring and line metrics. Not thread-safe: one per document being written.
/// </summary>
internal sealed class PdfFonts(SKTypeface typeface) : IDisposable
{
    private readonly Dictionary<float, SKFont> _fonts = [];
    private readonly Dictionary<float, float> _baselines = [];

    public SKFont Get(PdfTextStyle style)
    {
        if (!_fonts.TryGetValue(style.Size, out var font))
        {
            font = new SKFont(typeface, style.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            _fonts[style.Size] = font;
        }
        return font;
    }

    /// <summary>The advance width of the text, in points.</summary>
    public float Measure(string text, PdfTextStyle style) => text.Length == 0 ? 0 : Get(style).MeasureText(text);

    /// <summary>From the top of a line to its baseline: the glyphs' height is centred in the line.</summary>
    public float Baseline(PdfTextStyle style)
    {
        if (_baselines.TryGetValue(style.Size, out var baseline)) return baseline;
        var metrics = Get(style).Metrics;
        var glyphs = metrics.Descent - metrics.Ascent;
        return _baselines[style.Size] = (style.LineHeight - glyphs) / 2 - metrics.Ascent;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
    }
}
