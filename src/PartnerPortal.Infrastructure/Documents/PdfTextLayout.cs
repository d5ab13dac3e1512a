using System.Text;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// Breaks text into lines that fit a width. Latin text breaks at spaces; Chinese (and Japanese, Korean) text has no
/// spaces and may break between any two characters, except before closing punctuation (，。）…) and after opening
/// punctuation (（“…). A word too long for the width is broken between characters, so no line is ever wider than
/// the width. A line feed in the text starts a new line.
/// </summary>
internal static class PdfTextLayout
{
    private const string NoBreakBefore = "，。、；：？！）］｝〉》」』】〕〗〙〛”’…‥ー々ゝゞヽヾ・,.;:!?)]}%";
    private const string NoBreakAfter = "（［｛〈《「『【〔〖〘〚“‘([{￥";

    /// <param name="measure">The width of a piece of text, in the same unit as <paramref name="maxWidth"/>.</param>
    public static IReadOnlyList<string> Wrap(string? text, Func<string, float> measure, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text)) return lines;

        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var width = 0f;
            var space = "";
            foreach (var segment in Segments(paragraph))
            {
                if (string.IsNullOrWhiteSpace(segment))
                {
                    if (line.Length > 0) space += segment; // dropped when the line breaks here
                    continue;
                }
                var segmentWidth = measure(segment);
                var spaceWidth = space.Length == 0 ? 0 : measure(space);
                if (line.Length > 0 && width + spaceWidth + segmentWidth <= maxWidth)
                {
                    line.Append(space).Append(segment);
                    width += spaceWidth + segmentWidth;
                }
                else
                {
                    if (line.Length > 0) lines.Add(line.ToString());
                    line.Clear();
                    width = 0;
                    foreach (var piece in BreakWord(segment, segmentWidth, measure, maxWidth))
                    {
                        if (line.Length > 0) lines.Add(line.ToString());
                        line.Clear().Append(piece.Text);
                        width = piece.Width;
                    }
                }
                space = "";
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>The widest line of the text when nothing wraps (its longest paragraph).</summary>
    public static float NaturalWidth(string? text, Func<string, float> measure)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        if (!text.Contains('\n', StringComparison.Ordinal)) return measure(text);
        return text.Split('\n').Max(p => measure(p.TrimEnd('\r')));
    }

    /// <summary>The widest piece of the text that cannot be broken (a Latin word, a Chinese character with its punctuation).</summary>
    public static float MinWidth(string? text, Func<string, float> measure)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var widest = 0f;
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var segment in Segments(paragraph))
            {
                if (!string.IsNullOrWhiteSpace(segment)) widest = Math.Max(widest, measure(segment));
            }
        }
        return widest;
    }

    /// <summary>The pieces of the text between which a line may break; runs of white space are pieces of their own.</summary>
    internal static IEnumerable<string> Segments(string text)
    {
        var word = new StringBuilder();
        var space = new StringBuilder();
        Rune? previous = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
                space.Append(rune.ToString());
                previous = null;
                continue;
            }
            if (space.Length > 0) { yield return space.ToString(); space.Clear(); }
            if (word.Length > 0 && previous is { } before && CanBreakBetween(before, rune))
            {
                yield return word.ToString();
                word.Clear();
            }
            word.Append(rune.ToString());
            previous = rune;
        }
        if (word.Length > 0) yield return word.ToString();
        if (space.Length > 0) yield return space.ToString();
    }

    internal static bool CanBreakBetween(Rune before, Rune after) =>
        (IsCjk(before.Value) || IsCjk(after.Value))
        && !(after.IsBmp && NoBreakBefore.Contains((char)after.Value, StringComparison.Ordinal))
        && !(before.IsBmp && NoBreakAfter.Contains((char)before.Value, StringComparison.Ordinal));

    /// <summary>Chinese, Japanese and Korean characters and their punctuation, which are written without spaces.</summary>
    internal static bool IsCjk(int c) =>
        c is >= 0x2E80 and <= 0x2FDF // radicals
            or >= 0x3000 and <= 0x303F // CJK symbols and punctuation
            or >= 0x3040 and <= 0x31FF // kana, bopomofo, Hangul compatibility jamo
            or >= 0x3200 and <= 0x9FFF // enclosed, compatibility, extension A, unified ideographs
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F // compatibility forms
            or >= 0xFF00 and <= 0xFFEF // full-width forms
            or >= 0x20000 and <= 0x3FFFF; // extensions B and later

    /// <summary>The word as it is when it fits, else broken between characters into pieces that each fit.</summary>
    private static IEnumerable<(string Text, float Width)> BreakWord(string word, float wordWidth, Func<string, float> measure,
        float maxWidth)
    {
        if (wordWidth <= maxWidth)
        {
            yield return (word, wordWidth);
            yield break;
        }
        var piece = new StringBuilder();
        var pieceWidth = 0f;
        foreach (var rune in word.EnumerateRunes())
        {
            var candidate = piece + rune.ToString();
            var candidateWidth = measure(candidate);
            if (piece.Length > 0 && candidateWidth > maxWidth)
            {
                yield return (piece.ToString(), pieceWidth);
                piece.Clear().Append(rune.ToString());
                pieceWidth = measure(piece.ToString());
            }
            else
            {
                piece.Append(rune.ToString());
                pieceWidth = candidateWidth;
            }
        }
        if (piece.Length > 0) yield return (piece.ToString(), pieceWidth);
    }
}
