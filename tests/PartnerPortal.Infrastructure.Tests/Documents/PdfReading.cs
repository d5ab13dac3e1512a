using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>A word as drawn: its text, its left and right ends on the baseline (advance widths) and the baseline's height.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline);

/// <summary>A line of text as drawn: its words left to right.</summary>
internal sealed record PdfLine(double Baseline, IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Join(" ", Words.Select(w => w.Text));
}

/// <summary>Reads PDFs back with PdfPig: lines and words in reading order, from the letters' positions.</summary>
internal static class PdfReading
{
    public static byte[] Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>The page's lines from top to bottom; letters whose baselines are within 1 pt are on one line.</summary>
    public static IReadOnlyList<PdfLine> Lines(Page page)
    {
        var lines = new List<PdfLine>();
        var letters = page.Letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var start = 0;
        while (start < letters.Count)
        {
            var end = start;
            while (end < letters.Count && letters[start].StartBaseLine.Y - letters[end].StartBaseLine.Y < 1) end++;
            var row = letters.Skip(start).Take(end - start).OrderBy(l => l.StartBaseLine.X).ToList();
            lines.Add(new PdfLine(row[0].StartBaseLine.Y, Words(row)));
            start = end;
        }
        return lines;
    }

    public static IReadOnlyList<PdfWord> Words(Page page) => Lines(page).SelectMany(l => l.Words).ToList();

    /// <summary>Letters split into words at spaces and at gaps wider than 1.5 pt.</summary>
    private static List<PdfWord> Words(List<Letter> row)
    {
        var words = new List<PdfWord>();
        var current = new List<Letter>();
        void Flush()
        {
            if (current.Count == 0) return;
            words.Add(new PdfWord(string.Concat(current.Select(l => l.Value)), current[0].StartBaseLine.X, current[^1].EndBaseLine.X,
                current[0].StartBaseLine.Y));
            current.Clear();
        }
        foreach (var letter in row)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) { Flush(); continue; }
            if (current.Count > 0 && letter.StartBaseLine.X - current[^1].EndBaseLine.X > 1.5) Flush();
            current.Add(letter);
        }
        Flush();
        return words;
    }

    /// <summary>Every font of every page, as its dictionary, with the objects it refers to resolved.</summary>
    public static IEnumerable<DictionaryToken> Fonts(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        foreach (var page in pdf.GetPages())
        {
            var resources = DirectObjectFinder.Get<DictionaryToken>(page.Dictionary.Data[NameToken.Resources.Data], scanner)
                ?? throw new InvalidOperationException($"Page {page.Number} has no resources.");
            if (!resources.TryGet(NameToken.Font, scanner, out DictionaryToken? fonts)) continue;
            foreach (var reference in fonts.Data.Values)
                yield return DirectObjectFinder.Get<DictionaryToken>(reference, scanner) ?? throw new InvalidOperationException("A font is not a dictionary.");
        }
    }

    /// <summary>
    /// Whether the font's glyphs are in the file: a Type 3 font draws them itself (CharProcs); any other font needs a
    /// font program (FontFile, FontFile2 or FontFile3) in its descriptor.
    /// </summary>
    public static bool IsEmbedded(PdfDocument pdf, DictionaryToken font)
    {
        var scanner = pdf.Structure.TokenScanner;
        var subtype = font.Get<NameToken>(NameToken.Subtype, scanner);
        if (subtype == NameToken.Type3) return font.TryGet(NameToken.CharProcs, scanner, out DictionaryToken? procs) && procs.Data.Count > 0;
        if (subtype == NameToken.Type0)
        {
            var descendants = font.Get<ArrayToken>(NameToken.DescendantFonts, scanner);
            return descendants.Data.All(d => DirectObjectFinder.Get<DictionaryToken>(d, scanner) is { } descendant && IsEmbedded(pdf, descendant));
        }
        if (!font.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor)) return false;
        return descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2)
            || descriptor.ContainsKey(NameToken.FontFile3);
    }
}
