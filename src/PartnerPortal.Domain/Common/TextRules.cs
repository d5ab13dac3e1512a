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
        if (!string.IsNullOrWhiteSpace(value) && !PhonePattern().IsMatch(value.Trim()))
            problems.Add(new Problem(ProblemCodes.InvalidPhone, field));
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{5,19}$")]
    private static partial Regex PhonePattern();
}
