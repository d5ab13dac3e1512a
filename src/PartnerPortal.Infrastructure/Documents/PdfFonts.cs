using System.Text;
using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The fonts of one document: measuring with the whole faces while the document is laid out, then drawing with faces cut
/// down to the characters the document shows (<see cref="UseSubsets"/>), which have the same advance widths. Text runs
/// in the primary face; a character it lacks runs in a fallback face (<see cref="PdfFontFallback"/>). Not thread-safe:
/// one per document being written.
/// </summary>
internal sealed class PdfFonts(PdfFontFace primary, Func<int, PdfFontFace?> fallback) : IDisposable
{
    private readonly Dictionary<(PdfFontFace Face, float Size), SKFont> _measuring = [];
    private readonly Dictionary<(PdfFontFace Face, float Size), SKFont> _drawing = [];
    private readonly Dictionary<PdfFontFace, SKTypeface> _subsets = [];
    private readonly Dictionary<int, PdfFontFace> _faces = [];
    private readonly Dictionary<float, float> _baselines = [];

    /// <summary>The advance width of the text, in points.</summary>
    public float Measure(string text, PdfTextStyle style)
    {
        if (text.Length == 0) return 0;
        if (AllPrimary(text)) return Measuring(primary, style.Size).MeasureText(text);
        var width = 0f;
        foreach (var (face, run) in Runs(text)) width += Measuring(face, style.Size).MeasureText(run);
        return width;
    }

    /// <summary>From the top of a line to its baseline: the glyphs' height is centred in the line.</summary>
    public float Baseline(PdfTextStyle style)
    {
        if (_baselines.TryGetValue(style.Size, out var baseline)) return baseline;
        var metrics = Measuring(primary, style.Size).Metrics;
        var glyphs = metrics.Descent - metrics.Ascent;
        return _baselines[style.Size] = (style.LineHeight - glyphs) / 2 - metrics.Ascent;
    }

    /// <summary>
    /// Cuts each face down to the characters of <paramref name="texts"/> (everything the document will draw) and draws
    /// with those from now on.
    /// </summary>
    public void UseSubsets(IEnumerable<string> texts)
    {
        var used = new Dictionary<PdfFontFace, HashSet<int>>();
        foreach (var text in texts)
        {
            foreach (var (face, run) in Runs(text))
            {
                if (!used.TryGetValue(face, out var characters)) used[face] = characters = [];
                foreach (var rune in run.EnumerateRunes()) characters.Add(rune.Value);
            }
        }
        foreach (var (face, characters) in used)
        {
            if (face.Subset(characters) is { } subset) _subsets[face] = subset;
        }
    }

    /// <summary>Draws the text from its left end at <paramref name="x"/>, run by run.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, PdfTextStyle style, SKPaint paint)
    {
        if (AllPrimary(text))
        {
            canvas.DrawText(text, x, baseline, Drawing(primary, style.Size), paint);
            return;
        }
        foreach (var (face, run) in Runs(text))
        {
            canvas.DrawText(run, x, baseline, Drawing(face, style.Size), paint);
            x += Measuring(face, style.Size).MeasureText(run);
        }
    }

    /// <summary>The text in pieces that each one face draws: the primary's where it has the glyph, else a fallback's.</summary>
    public IEnumerable<(PdfFontFace Face, string Text)> Runs(string text)
    {
        var run = new StringBuilder();
        PdfFontFace? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune.Value);
            if (current is not null && face != current)
            {
                yield return (current, run.ToString());
                run.Clear();
            }
            current = face;
            run.Append(rune.ToString());
        }
        if (current is not null) yield return (current, run.ToString());
    }

    public void Dispose()
    {
        foreach (var font in _measuring.Values.Concat(_drawing.Values)) font.Dispose();
        foreach (var typeface in _subsets.Values) typeface.Dispose();
        _measuring.Clear();
        _drawing.Clear();
        _subsets.Clear();
    }

    private bool AllPrimary(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (FaceFor(rune.Value) != primary) return false;
        }
        return true;
    }

    private PdfFontFace FaceFor(int codePoint)
    {
        if (codePoint < 0x80 || primary.Covers(codePoint) || Rune.IsControl(new Rune(codePoint))) return primary;
        if (!_faces.TryGetValue(codePoint, out var face)) _faces[codePoint] = face = fallback(codePoint) ?? primary;
        return face;
    }

    private SKFont Measuring(PdfFontFace face, float size) => Font(_measuring, face, face.Typeface, size);

    private SKFont Drawing(PdfFontFace face, float size) =>
        Font(_drawing, face, _subsets.TryGetValue(face, out var subset) ? subset : face.Typeface, size);

    private static SKFont Font(Dictionary<(PdfFontFace, float), SKFont> fonts, PdfFontFace face, SKTypeface typeface, float size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            fonts[(face, size)] = font;
        }
        return font;
    }
}
