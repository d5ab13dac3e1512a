using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// A typeface documents draw with, and, when its outlines are TrueType's, its parsed file: a document then embeds a copy of
/// the face cut down to the characters it shows, which Skia writes as a real CID font (Type0 / CIDFontType2) of a few
/// kilobytes. A face with CFF outlines (an .otf) is drawn as it is; Skia writes its glyphs as Type 3 fonts.
/// Immutable, shared between documents.
/// </summary>
public sealed class PdfFontFace
{
    private PdfFontFace(SKTypeface typeface, TrueTypeFont? font)
    {
        Typeface = typeface;
        Font = font;
    }

    public SKTypeface Typeface { get; }

    /// <summary>The face's file when it can be subset; null for CFF outlines or a file this reader does not understand.</summary>
    internal TrueTypeFont? Font { get; }

    /// <summary>Whether documents embed this face as a subset CID font (its outlines are TrueType's).</summary>
    public bool IsSubsettable => Font is not null;

    /// <summary>Whether the face has a glyph for the character.</summary>
    public bool Covers(int codePoint) => Font is { } font ? font.Characters.ContainsKey(codePoint) : Typeface.ContainsGlyph(codePoint);

    /// <summary>A face read from a file, e.g. the font shipped under assets/fonts.</summary>
    /// <exception cref="InvalidDataException">Skia cannot read the file as a font.</exception>
    public static PdfFontFace FromFile(string path, int faceIndex = 0)
    {
        var typeface = SKTypeface.FromFile(path, faceIndex) ?? throw new InvalidDataException($"{path} is not a font Skia can read.");
        return new PdfFontFace(typeface, TryParse(File.ReadAllBytes(path), faceIndex));
    }

    /// <summary>A face Skia already has (a font of the host, one a caller made), with its file read through Skia.</summary>
    public static PdfFontFace From(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        using var stream = typeface.OpenStream(out var faceIndex);
        if (stream is null) return new PdfFontFace(typeface, null);
        var data = new byte[stream.Length];
        var read = stream.Read(data, data.Length);
        return new PdfFontFace(typeface, read == data.Length ? TryParse(data, faceIndex) : null);
    }

    /// <summary>
    /// A face with only the glyphs of <paramref name="codePoints"/>, for one document to draw with (the caller disposes
    /// it); null when the face cannot be subset and is to be drawn as it is.
    /// </summary>
    internal SKTypeface? Subset(IEnumerable<int> codePoints)
    {
        if (Font is null) return null;
        byte[] subset;
        try
        {
            subset = TrueTypeSubsetter.Subset(Font, codePoints);
        }
        catch (InvalidDataException)
        {
            return null; // a host font with tables this subsetter does not understand still prints, embedded as Skia does
        }
        using var data = SKData.CreateCopy(subset);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException($"Skia cannot read the subset of {Typeface.FamilyName}.");
    }

    private static TrueTypeFont? TryParse(byte[] data, int faceIndex)
    {
        try
        {
            var font = TrueTypeFont.Parse(data, faceIndex);
            return font.HasTrueTypeOutlines ? font : null;
        }
        catch (InvalidDataException)
        {
            return null; // drawn as it is: Skia embeds it its own way
        }
    }
}
