using System.Text.RegularExpressions;

namespace PartnerPortal.Domain.Common;

/// <summary>Checks shared by every form: required text, length, codes, e-mail and phone formats.</summary>
public static partial class TextRules
{
    public static void Required(List<Problem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(new Problem(ProblemCodes.Required, field));
        else Optional(problems, field, value, maxLength);
    }

    public static void Optional(List<Problem> problems, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength) problems.Add(new Problem(ProblemCodes.TooLong, field, maxLength));
    }

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
