using System.Collections.Concurrent;
using System.Globalization;
using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The face for a character the shipped font lacks (a rare character in a name, a script it does not cover): the host's
/// font that has it. Skia's font manager finds it where it can match by character (fontconfig, Windows, macOS); the Linux
/// build without dependencies cannot, so the host's font families are then tried in turn, Chinese and sans-serif ones first. A
/// TrueType-outline face is subset like the shipped one; a CFF face (Debian's Noto Sans CJK) is drawn as Skia draws it,
/// as a Type 3 font of those few glyphs. A character no font has is drawn with the shipped font's missing-glyph box.
/// Cached for the life of the process: the host's fonts do not change while it runs.
/// </summary>
internal static class PdfFontFallback
{
    private static readonly string[] Languages = ["zh-Hans", "zh-CN", "zh"];
    private static readonly ConcurrentDictionary<int, PdfFontFace?> ByCharacter = new();
    private static readonly ConcurrentDictionary<string, PdfFontFace> ByFace = new(StringComparer.Ordinal);

    public static PdfFontFace? For(int codePoint) => ByCharacter.GetOrAdd(codePoint, Find);

    private static readonly Lazy<IReadOnlyList<SKTypeface>> HostFaces = new(LoadHostFaces);

    private static PdfFontFace? Find(int codePoint)
    {
        var typeface = SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, Languages, codePoint);
        if (typeface is null || !typeface.ContainsGlyph(codePoint)) typeface = HostFaces.Value.FirstOrDefault(t => t.ContainsGlyph(codePoint));
        if (typeface is null) return null;
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{typeface.FamilyName}|{typeface.FontWeight}|{typeface.FontWidth}|{typeface.FontSlant}");
        return ByFace.GetOrAdd(key, _ => PdfFontFace.From(typeface));
    }

    /// <summary>The regular face of each font family of the host, Chinese ones first, then sans-serif, then the rest.</summary>
    private static IReadOnlyList<SKTypeface> LoadHostFaces()
    {
        var manager = SKFontManager.Default;
        return manager.FontFamilies
            .OrderBy(Preference).ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => manager.MatchFamily(name, SKFontStyle.Normal))
            .OfType<SKTypeface>()
            .ToList();
    }

    private static int Preference(string family) =>
        family.Contains("SC", StringComparison.Ordinal) || family.Contains("Hans", StringComparison.OrdinalIgnoreCase) ? 0
        : family.Contains("CJK", StringComparison.OrdinalIgnoreCase) ? 1
        : family.Contains("Sans", StringComparison.OrdinalIgnoreCase) && !family.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? 2
        : 3;
}
