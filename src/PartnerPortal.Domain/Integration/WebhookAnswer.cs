using System.Text;
using System.Text.RegularExpressions;

namespace PartnerPortal.Domain.Integration;

/// <summary>
/// What the portal keeps of a receiver's answer to a failed delivery: its status code and a short excerpt of a text body,
/// enough to tell "invalid signature" from "order unknown". An HTML page is not kept at all (it is an error page or
/// something that is not a webhook receiver), tags in other text are dropped, and control and direction-override characters
/// are removed, so the deliveries page never shows more than a line of plain text.
/// </summary>
public static partial class WebhookAnswer
{
    /// <summary>The longest excerpt kept, in characters.</summary>
    public const int ExcerptMaxLength = 200;

    /// <summary>Bytes of the body read at most: enough for the excerpt in any encoding, however long the answer.</summary>
    public const int BodyReadLimit = 4096;

    /// <summary>Whether a body of this media type (e.g. <c>application/problem+json</c>) is read for an excerpt: text, JSON and XML, never HTML.</summary>
    public static bool IsExcerptable(string? mediaType)
    {
        var type = (mediaType ?? "").Trim().ToLowerInvariant();
        if (type.Length == 0) return true;
        if (type is "text/html" or "application/xhtml+xml") return false;
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml"
            || type.EndsWith("+json", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal);
    }

    /// <summary>
    /// The text as one line of at most <see cref="ExcerptMaxLength"/> characters (an ellipsis ends a cut one): tags and
    /// control, format and direction characters removed, white space collapsed. Empty for a body of another media type.
    /// </summary>
    public static string Excerpt(string? mediaType, string? body)
    {
        if (!IsExcerptable(mediaType) || string.IsNullOrEmpty(body)) return "";
        var text = Tag().Replace(body, " ");
        var builder = new StringBuilder(Math.Min(text.Length, ExcerptMaxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            // Format characters include the bidi overrides (U+202E) and zero-width ones; surrogates stay paired below.
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.PrivateUse) continue;
            if (c is '<' or '>') continue;
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
            if (builder.Length > ExcerptMaxLength) break;
        }
        if (builder.Length <= ExcerptMaxLength) return builder.ToString();
        var cut = ExcerptMaxLength - 1;
        if (char.IsHighSurrogate(builder[cut - 1])) cut--;
        return builder.ToString(0, cut).TrimEnd() + "…";
    }

    [GeneratedRegex("<[^<>]{0,500}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
