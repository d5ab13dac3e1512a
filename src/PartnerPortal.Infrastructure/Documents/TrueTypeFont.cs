using System.Buffers.Binary;
using System.Text;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The tables of one face of a TrueType or OpenType file (a .ttf, .otf, or one face of a .ttc collection) and its Unicode
/// character map: what <see cref="TrueTypeSubsetter"/> needs to cut the face down to the glyphs one document uses.
/// </summary>
/// <remarks>
/// Skia writes a TrueType-outline font into a PDF as a real CID font (Type0 / CIDFontType2), but embeds the whole face it is
/// given: it has no subsetter in SkiaSharp's native build. A face cut down here first is all Skia gets, so a PDF carries
/// only its own glyphs.
/// </remarks>
internal sealed class TrueTypeFont
{
    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    private TrueTypeFont(byte[] data, Dictionary<string, (int Offset, int Length)> tables, Dictionary<int, ushort> characters, int glyphCount)
    {
        Data = data;
        _tables = tables;
        Characters = characters;
        GlyphCount = glyphCount;
    }

    /// <summary>The whole file, every face of a collection included.</summary>
    public byte[] Data { get; }

    /// <summary>Unicode code point → glyph, without the code points that map to no glyph.</summary>
    public IReadOnlyDictionary<int, ushort> Characters { get; }

    public int GlyphCount { get; }

    /// <summary>Whether the outlines are TrueType's (glyf and loca), the kind that can be subset here; CFF outlines cannot.</summary>
    public bool HasTrueTypeOutlines => _tables.ContainsKey("glyf") && _tables.ContainsKey("loca");

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? Data.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    /// <exception cref="InvalidDataException">Not a font file, or a table lies outside the file.</exception>
    public static TrueTypeFont Parse(byte[] data, int faceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            var directory = 0;
            if (data.Length >= 12 && Encoding.ASCII.GetString(data, 0, 4) == "ttcf")
            {
                var faces = U32(data, 8);
                if (faceIndex < 0 || faceIndex >= faces) throw new InvalidDataException($"The collection has no face {faceIndex}.");
                directory = checked((int)U32(data, 12 + 4 * faceIndex));
            }
            var count = U16(data, directory + 4);
            var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var record = directory + 12 + 16 * i;
                var offset = checked((int)U32(data, record + 8));
                var length = checked((int)U32(data, record + 12));
                if (offset < 0 || length < 0 || offset > data.Length - length) throw new InvalidDataException("A font table lies outside the file.");
                tables[Encoding.ASCII.GetString(data, record, 4)] = (offset, length);
            }
            if (!tables.TryGetValue("maxp", out var maxp) || !tables.TryGetValue("cmap", out var cmap))
                throw new InvalidDataException("The font has no 'maxp' or 'cmap' table.");
            var glyphCount = U16(data, maxp.Item1 + 4);
            return new TrueTypeFont(data, tables, ReadCharacters(data, cmap.Item1, glyphCount), glyphCount);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("The font file is damaged.", e);
        }
    }

    /// <summary>The best Unicode subtable: a full-repertoire one (format 12) when there is one, else the BMP one (format 4).</summary>
    private static Dictionary<int, ushort> ReadCharacters(byte[] data, int cmap, int glyphCount)
    {
        var best = -1;
        var bestRank = 0;
        var subtables = U16(data, cmap + 2);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + 8 * i;
            var (platform, encoding) = (U16(data, record), U16(data, record + 2));
            var offset = cmap + checked((int)U32(data, record + 4));
            var format = U16(data, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            var rank = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
            if (rank > bestRank) (best, bestRank) = (offset, rank);
        }
        var map = new Dictionary<int, ushort>();
        if (best < 0) return map;
        if (bestRank == 2)
        {
            var groups = U32(data, best + 12);
            for (var g = 0; g < groups; g++)
            {
                var group = best + 16 + 12 * g;
                var (start, end, glyph) = (U32(data, group), U32(data, group + 4), U32(data, group + 8));
                for (var c = start; c <= end && c <= 0x10FFFF; c++) Add(map, (int)c, glyph + (c - start), glyphCount);
            }
            return map;
        }
        var segments = U16(data, best + 6) / 2;
        var ends = best + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var ranges = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            var (first, last) = (U16(data, starts + 2 * s), U16(data, ends + 2 * s));
            var delta = U16(data, deltas + 2 * s);
            var rangeAt = ranges + 2 * s;
            var range = U16(data, rangeAt);
            for (var c = first; c <= last && c != 0xFFFF; c++)
            {
                uint glyph;
                if (range == 0) glyph = (uint)((c + delta) & 0xFFFF);
                else
                {
                    glyph = U16(data, rangeAt + range + 2 * (c - first));
                    if (glyph != 0) glyph = (uint)((glyph + delta) & 0xFFFF);
                }
                Add(map, c, glyph, glyphCount);
            }
        }
        return map;
    }

    private static void Add(Dictionary<int, ushort> map, int codePoint, uint glyph, int glyphCount)
    {
        if (glyph != 0 && glyph < glyphCount) map.TryAdd(codePoint, (ushort)glyph);
    }

    internal static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    internal static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
}
