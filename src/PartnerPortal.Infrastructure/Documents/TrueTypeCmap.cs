using System.Buffers.Binary;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// A Unicode character map for a subset face: a Windows BMP subtable (format 4), which every reader knows, and a full
/// repertoire subtable (format 12) when a character lies beyond the BMP (a rare name in CJK extension B).
/// </summary>
internal static class TrueTypeCmap
{
    /// <param name="characters">Code point → new glyph number, in code point order.</param>
    public static byte[] Build(IReadOnlyList<(int CodePoint, ushort Glyph)> characters)
    {
        // A format 4 subtable holds at most 8,190 segments; past that (a document of thousands of distinct characters)
        // the format 12 subtable alone maps them.
        var bmp = Format4(characters.Where(c => c.CodePoint < 0xFFFF).ToList()) ?? [];
        var full = bmp.Length == 0 || characters.Any(c => c.CodePoint > 0xFFFF) ? Format12(characters) : [];
        var records = (bmp.Length > 0 ? 1 : 0) + (full.Length > 0 ? 1 : 0);
        var header = 4 + 8 * records;
        var cmap = new byte[header + bmp.Length + full.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), (ushort)records);
        var record = 4;
        if (bmp.Length > 0)
        {
            Record(cmap, record, encoding: 1, header);
            bmp.CopyTo(cmap, header);
            record += 8;
        }
        if (full.Length > 0)
        {
            Record(cmap, record, encoding: 10, header + bmp.Length);
            full.CopyTo(cmap, header + bmp.Length);
        }
        return cmap;
    }

    private static void Record(byte[] cmap, int at, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(at), 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(at + 2), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(at + 4), (uint)offset);
    }

    /// <summary>
    /// Segments of consecutive characters with consecutive glyphs, each mapped by a delta; the last is 0xFFFF. Null when
    /// the segments do not fit the subtable's 16-bit length.
    /// </summary>
    private static byte[]? Format4(List<(int CodePoint, ushort Glyph)> characters)
    {
        var segments = Runs(characters).Select(r => ((ushort)r.First, (ushort)r.Last, (ushort)(r.Glyph - r.First))).ToList();
        segments.Add((0xFFFF, 0xFFFF, 1));
        var count = segments.Count;
        var length = 16 + 8 * count;
        if (length > ushort.MaxValue) return null;
        var power = 1;
        while (power * 2 <= count) power *= 2;
        var table = new byte[length];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(2 * count));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)(2 * power));
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)(2 * count - 2 * power));
        for (var i = 0; i < count; i++)
        {
            var (first, last, delta) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(span[(14 + 2 * i)..], last);
            BinaryPrimitives.WriteUInt16BigEndian(span[(16 + 2 * count + 2 * i)..], first);
            BinaryPrimitives.WriteUInt16BigEndian(span[(16 + 4 * count + 2 * i)..], delta);
            // idRangeOffset stays 0: every segment maps by its delta.
        }
        return table;
    }

    private static byte[] Format12(IReadOnlyList<(int CodePoint, ushort Glyph)> characters)
    {
        var groups = Runs(characters).ToList();
        var table = new byte[16 + 12 * groups.Count];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = span[(16 + 12 * i)..];
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[i].First);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[i].Last);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], groups[i].Glyph);
        }
        return table;
    }

    /// <summary>Runs of consecutive code points whose glyphs are consecutive too: first, last and the first's glyph.</summary>
    private static IEnumerable<(int First, int Last, ushort Glyph)> Runs(IReadOnlyList<(int CodePoint, ushort Glyph)> characters)
    {
        for (var i = 0; i < characters.Count;)
        {
            var j = i;
            while (j + 1 < characters.Count && characters[j + 1].CodePoint == characters[j].CodePoint + 1
                   && characters[j + 1].Glyph == characters[j].Glyph + 1) j++;
            yield return (characters[i].CodePoint, characters[j].CodePoint, characters[i].Glyph);
            i = j + 1;
        }
    }
}
