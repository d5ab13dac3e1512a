using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// Reads a number as a person typed or uploaded it, the one way every form, file and API field of the portal does.
/// Full-width forms from a Chinese input method (１０, －５, １．５) read as their ASCII forms (Unicode NFKC), blanks around
/// the number are ignored, thousands separators are allowed where they group three digits (1,000), and Excel's exponent
/// form is read as the number it stands for (1e3 is 1000, 1e12 is too large). The value is checked against the field's
/// range, so that a typo reads "too large (at most …)" instead of overflowing or silently becoming something else.
/// </summary>
public static partial class TypedNumber
{
    /// <summary>The longest text read as a number; anything longer is not a number anyone typed.</summary>
    public const int MaxLength = 64;

    // Beyond this many digits before the point every range of the portal is exceeded; it keeps the arithmetic small.
    private const int MaxIntegerDigits = 18;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <returns>The value, or one problem: Required, NotANumber (args: the text), TooSmall (args: min) or TooLarge (args: max).</returns>
    public static TypedNumberResult<int> Whole(string? text, string field, int min, int max)
    {
        var read = Read(text, field, new Bounds(min, max, min, max), decimals: 0, ProblemCodes.NotANumber);
        return read.Problem is { } problem ? TypedNumberResult<int>.Failed(problem) : TypedNumberResult<int>.Ok((int)read.Value);
    }

    /// <summary>A number with at most <paramref name="decimals"/> places after the point, from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <returns>The value, or one problem: Required, NotADecimal (args: the text), TooManyDecimals (args: decimals), TooSmall or TooLarge.</returns>
    public static TypedNumberResult<decimal> Decimal(string? text, string field, decimal min, decimal max, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        var read = Read(text, field, new Bounds(min, max, min, max), decimals, ProblemCodes.NotADecimal);
        return read.Problem is { } problem ? TypedNumberResult<decimal>.Failed(problem) : TypedNumberResult<decimal>.Ok(read.Value);
    }

    /// <summary>The text as it is read: Unicode NFKC (full-width digits and signs become ASCII), other minus signs a hyphen, trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        return normalized.Replace('\u2212', '-').Replace('\u2012', '-').Replace('\u2013', '-').Trim();
    }

    // The bounds, and how a message shows them (an int stays an int).
    private sealed record Bounds(decimal Min, decimal Max, object MinArg, object MaxArg);

    private static (decimal Value, Problem? Problem) Read(string? text, string field, Bounds range, int decimals, string notANumber)
    {
        if (string.IsNullOrWhiteSpace(text)) return (0, new Problem(ProblemCodes.Required, field));
        var shown = text.Trim();
        var typed = Normalize(text);
        if (typed.Length > MaxLength) return (0, new Problem(notANumber, field, Shorten(shown)));
        var match = NumberPattern().Match(typed);
        if (!match.Success) return (0, new Problem(notANumber, field, shown));

        var negative = match.Groups["sign"].Value == "-";
        var integer = match.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Value;
        var exponent = 0;
        if (match.Groups["exp"].Success
            && !int.TryParse(match.Groups["exp"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            exponent = match.Groups["exp"].Value.StartsWith('-') ? int.MinValue / 2 : int.MaxValue / 2;

        // The value is digits × 10^-scale; drop the zeros that do not change it.
        var digits = (integer + fraction).TrimStart('0');
        var scale = (long)fraction.Length - exponent;
        if (digits.Length == 0) return InRange(0m, field, range);
        var trailing = digits.Length - digits.TrimEnd('0').Length;
        digits = digits[..^trailing];
        scale -= trailing;

        var integerDigits = digits.Length - scale;
        if (integerDigits > MaxIntegerDigits)
            return (0, negative ? new Problem(ProblemCodes.TooSmall, field, range.MinArg) : new Problem(ProblemCodes.TooLarge, field, range.MaxArg));
        if (scale > decimals)
            return (0, decimals == 0 ? new Problem(notANumber, field, shown) : new Problem(ProblemCodes.TooManyDecimals, field, decimals));

        var magnitude = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var value = scale >= 0
            ? (decimal)magnitude / Pow10((int)scale)
            : (decimal)(magnitude * BigInteger.Pow(10, (int)-scale));
        return InRange(negative ? -value : value, field, range);
    }

    private static (decimal, Problem?) InRange(decimal value, string field, Bounds range)
    {
        if (value < range.Min) return (0, new Problem(ProblemCodes.TooSmall, field, range.MinArg));
        if (value > range.Max) return (0, new Problem(ProblemCodes.TooLarge, field, range.MaxArg));
        return (value, null);
    }

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++) result *= 10;
        return result;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    // ASCII digits only (\d would also match other scripts' digits): an optional sign, digits (grouped in threes by commas, or not), an optional fraction and an optional exponent.
    [GeneratedRegex(@"^(?<sign>[+-]?)(?=\.?[0-9])(?<int>[0-9]{1,3}(,[0-9]{3})+|[0-9]*)(\.(?<frac>[0-9]*))?([eE](?<exp>[+-]?[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
