using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>
/// A PDF's text as a golden file holds it: page by page, lines from top to bottom, letters left to right; a gap wider than
/// 4 pt between two letters (the space between table columns, or a label and its value) is written " | ".
/// Letters read back as the characters written: the embedded font's character map holds only the document's characters, so
/// an en dash is not mistaken for the figure dash that shares its glyph.
/// </summary>
internal static class PdfGoldenText
{
    public static string Extract(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append("=== Page ").Append(page.Number).Append(" of ").Append(document.NumberOfPages).Append(" ===\n");
            foreach (var line in Lines(page)) text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private static IEnumerable<string> Lines(Page page)
    {
        var letters = page.Letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var start = 0;
        while (start < letters.Count)
        {
            var end = start;
            while (end < letters.Count && letters[start].StartBaseLine.Y - letters[end].StartBaseLine.Y < 1) end++;
            var line = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in letters.Skip(start).Take(end - start).OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 4) line.Append(" | ");
                line.Append(letter.Value);
                previous = letter;
            }
            yield return line.ToString().Trim();
            start = end;
        }
    }

    /// <summary>A line diff (longest common subsequence): "-" lines only in the golden file, "+" lines only in the PDF.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var b = actual.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1])) diff.Append($"- {x + 1,3}: {a[x++]}\n");
            else diff.Append($"+ {y + 1,3}: {b[y++]}\n");
        }
        return diff.ToString();
    }
}
