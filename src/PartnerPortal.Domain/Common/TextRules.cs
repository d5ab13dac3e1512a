using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// Checks shared by every form, file and API field that saves text: required text, length, characters, codes, e-mail and
/// phone formats. Every text is refused when it holds a character that only hides or reorders what a reader sees
/// (<see cref="FindForbidden"/>); a multi-line text (a note, a description, a lesson) may hold line breaks and tabs.
/// </summary>
public static partial class TextRules
{
    public static void Required(List<Problem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(new Problem(ProblemCodes.Required, field));
        else Optional(problems, field, value, maxLength);
    }

    public static void Optional(List<Problem> problems, string field, string? value, int maxLength) =>
        Check(problems, field, value, maxLength, multiLine: false);

    /// <summary>Like <see cref="Required"/>, for a text typed over several lines: line breaks and tabs are allowed.</summary>
    public static void RequiredMultiLine(List<Problem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(new Problem(ProblemCodes.Required, field));
        else OptionalMultiLine(problems, field, value, maxLength);
    }

    /// <summary>Like <see cref="Optional"/>, for a text typed over several lines: line breaks and tabs are allowed.</summary>
    public static void OptionalMultiLine(List<Problem> problems, string field, string? value, int maxLength) =>
        Check(problems, field, value, maxLength, multiLine: true);

    /// <summary>
    /// The first character a saved text must not hold, or null: NUL and every other C0 control (line feed, carriage
    /// return and tab only where <paramref name="multiLine"/>), DEL and the C1 controls, the bidirectional embeddings,
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), and a surrogate
    /// without its pair. They make a name read differently from what is stored (an override turns "gpj.exe" around) or
    /// break exports and logs.
    /// </summary>
    public static int? FindForbidden(string? value, bool multiLine)
    {
        if (string.IsNullOrEmpty(value)) return null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (IsForbidden(c, multiLine)) return i;
        }
        return null;
    }

    /// <summary>A code as it is compared and stored: full-width letters and digits as ASCII (NFKC), trimmed, upper case.</summary>
    public static string NormalizeCode(string? value) => TypedNumber.Normalize(value).ToUpperInvariant();

    /// <summary>
    /// Another system's number or reference (an ERP order number, a payment reference, a licence number) as it is
    /// compared and stored: full-width letters and digits as ASCII (NFKC) and trimmed; its case is kept.
    /// </summary>
    public static string NormalizeReference(string? value) => TypedNumber.Normalize(value);

    /// <summary>Codes are upper-case letters, digits and dashes, e.g. P0001 or WH-SH.</summary>
    public static void Code(List<Problem> problems, string field, string? value, int maxLength)
    {
        Required(problems, field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && !CodePattern().IsMatch(value.Trim()))
            problems.Add(new Problem(ProblemCodes.InvalidCode, field));
    }

    public static void Email(List<Problem> problems, string field, string? value, int maxLength)
    {
        Optional(problems, field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && !EmailPattern().IsMatch(value.Trim()))
            problems.Add(new Problem(ProblemCodes.InvalidEmail, field));
    }

    /// <summary>Mainland mobile (11 digits from 1) or a landline with area code, dashes and spaces allowed.</summary>
    public static void Phone(List<Problem> problems, string field, string? value, int maxLength)
    {
        Optional(problems, field, value, maxLength);
        if (string.IsNullOrWhiteSpace(value)) return;
        var trimmed = value.Trim();
        var digits = trimmed.Replace(" ", "").Replace("-", "");
        if (!(char.IsAsciiDigit(trimmed[0]) || trimmed[0] == '+') || (!MobilePattern().IsMatch(digits) && !LandlinePattern().IsMatch(digits)))
            problems.Add(new Problem(ProblemCodes.InvalidPhone, field));
    }

    private static void Check(List<Problem> problems, string field, string? value, int maxLength, bool multiLine)
    {
        if (value is null) return;
        if (value.Trim().Length > maxLength) problems.Add(new Problem(ProblemCodes.TooLong, field, maxLength));
        if (FindForbidden(value, multiLine) is { } at)
            problems.Add(new Problem(ProblemCodes.ForbiddenCharacter, field, CodePoint(value[at])));
    }

    private static bool IsForbidden(char c, bool multiLine) => c switch
    {
        '\n' or '\r' or '\t' => !multiLine,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsSurrogate(c),
    };

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    // 11 digits from 13x–19x, optionally after the country code.
    [GeneratedRegex(@"^(\+?86)?1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    // Area code and number: with its trunk 0 at home (021 6234 5678), or after +86 without it.
    [GeneratedRegex(@"^(0|\+?86)[1-9][0-9]{8,10}$")]
    private static partial Regex LandlinePattern();
}
