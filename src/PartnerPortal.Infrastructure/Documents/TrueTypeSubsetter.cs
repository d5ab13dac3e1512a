using System.Buffers.Binary;
using static PartnerPortal.Infrastructure.Documents.TrueTypeFont;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// Cuts a TrueType-outline face down to the glyphs of some characters: the glyphs are renumbered from 1 (0 stays the
/// missing-glyph box), composite glyphs bring their parts, and the face keeps only what drawing and a PDF need (outlines,
/// advance widths, a Unicode map, names, OS/2 metrics and the hinting programs). Layout tables (GSUB, GPOS, kern) go:
/// documents draw characters one by one, without shaping.
/// </summary>
internal static class TrueTypeSubsetter
{
    private const ushort MoreComponents = 0x0020;

    /// <exception cref="InvalidDataException">The face has no TrueType outlines, or they are damaged.</exception>
    public static byte[] Subset(TrueTypeFont font, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(codePoints);
        if (!font.HasTrueTypeOutlines) throw new InvalidDataException("The font has no TrueType outlines to subset.");
        try
        {
            return Build(font, codePoints);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("The font's outlines are damaged.", e);
        }
    }

    private static byte[] Build(TrueTypeFont font, IEnumerable<int> codePoints)
    {
        var head = font.Table("head");
        var glyf = font.Table("glyf");
        var loca = font.Table("loca");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;

        var characters = new SortedDictionary<int, ushort>();
        var wanted = new SortedSet<int> { 0 };
        foreach (var c in codePoints)
        {
            if (!font.Characters.TryGetValue(c, out var glyph)) continue;
            characters[c] = glyph;
            wanted.Add(glyph);
        }
        // The parts of composite glyphs, and their parts in turn.
        var pending = new Stack<int>(wanted);
        while (pending.Count > 0)
        {
            var (start, end) = Outline(loca, longLoca, pending.Pop());
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) continue;
            foreach (var (_, part) in Components(glyf[start..end]))
            {
                if (part < font.GlyphCount && wanted.Add(part)) pending.Push(part);
            }
        }
        var order = wanted.ToList();
        var renumbered = order.Select((old, index) => (old, index)).ToDictionary(p => p.old, p => (ushort)p.index);

        var outlines = new List<byte>();
        var offsets = new List<uint>();
        foreach (var old in order)
        {
            offsets.Add((uint)outlines.Count);
            var (start, end) = Outline(loca, longLoca, old);
            if (end <= start) continue;
            var outline = glyf[start..end].ToArray();
            if (outline.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0)
            {
                foreach (var (at, part) in Components(outline))
                    BinaryPrimitives.WriteUInt16BigEndian(outline.AsSpan(at), renumbered.GetValueOrDefault(part));
            }
            outlines.AddRange(outline);
            while (outlines.Count % 4 != 0) outlines.Add(0);
        }
        offsets.Add((uint)outlines.Count);

        var count = (ushort)order.Count;
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = [.. outlines],
            ["loca"] = Loca(offsets),
            ["hmtx"] = Metrics(font, order),
            ["cmap"] = TrueTypeCmap.Build(characters.Select(c => (c.Key, renumbered[c.Value])).ToList()),
            ["post"] = Post(font.Table("post")),
        };
        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checksum adjustment, set once the file is whole
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // long offsets in loca
        tables["head"] = newHead;
        var hhea = font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), count); // every glyph has its own advance width
        tables["hhea"] = hhea;
        var maxp = font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), count);
        tables["maxp"] = maxp;
        foreach (var tag in new[] { "name", "OS/2", "cvt ", "fpgm", "prep", "gasp" })
        {
            if (font.Has(tag)) tables[tag] = font.Table(tag).ToArray();
        }
        return Assemble(tables);
    }

    private static (int Start, int End) Outline(ReadOnlySpan<byte> loca, bool longLoca, int glyph) => longLoca
        ? ((int)U32(loca, 4 * glyph), (int)U32(loca, 4 * glyph + 4))
        : (2 * U16(loca, 2 * glyph), 2 * U16(loca, 2 * glyph + 2));

    /// <summary>Where each component's glyph number sits in a composite glyph, and the number.</summary>
    private static List<(int At, ushort Glyph)> Components(ReadOnlySpan<byte> outline)
    {
        var parts = new List<(int, ushort)>();
        var p = 10;
        ushort flags;
        do
        {
            flags = U16(outline, p);
            parts.Add((p + 2, U16(outline, p + 2)));
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2); // arguments: words or bytes
            if ((flags & 0x0008) != 0) p += 2; // one scale
            else if ((flags & 0x0040) != 0) p += 4; // x and y scales
            else if ((flags & 0x0080) != 0) p += 8; // a two by two matrix
        } while ((flags & MoreComponents) != 0 && p + 4 <= outline.Length);
        return parts;
    }

    private static byte[] Loca(List<uint> offsets)
    {
        var loca = new byte[4 * offsets.Count];
        for (var i = 0; i < offsets.Count; i++) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), offsets[i]);
        return loca;
    }

    /// <summary>Advance width and left side bearing of each kept glyph, in the new order.</summary>
    private static byte[] Metrics(TrueTypeFont font, List<int> order)
    {
        var hmtx = font.Table("hmtx");
        var full = U16(font.Table("hhea"), 34);
        var metrics = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            var advance = U16(hmtx, 4 * Math.Min(old, full - 1));
            var bearing = old < full ? U16(hmtx, 4 * old + 2) : U16(hmtx, 4 * full + 2 * (old - full));
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(4 * i + 2), bearing);
        }
        return metrics;
    }

    /// <summary>The post table without glyph names (version 3), which the renumbered glyphs would not match.</summary>
    private static byte[] Post(ReadOnlySpan<byte> post)
    {
        var header = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }

    /// <summary>The font file: the table directory (tags in order), each table padded to 4 bytes, and the head's checksum adjustment.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        while (power * 2 <= count) power *= 2;
        var size = 12 + 16 * count + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)(16 * power));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)(16 * count - 16 * power));
        var record = 12;
        var offset = 12 + 16 * count;
        var headAt = 0;
        foreach (var (tag, data) in tables)
        {
            for (var i = 0; i < 4; i++) file[record + i] = (byte)tag[i];
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 12), (uint)data.Length);
            if (tag == "head") headAt = offset;
            data.CopyTo(file, offset);
            offset += (data.Length + 3) & ~3;
            record += 16;
        }
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
