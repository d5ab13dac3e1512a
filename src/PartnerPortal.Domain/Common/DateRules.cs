using System.Globalization;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// The days a person may type or put into an address. Business dates of the portal lie well within
/// <see cref="Earliest"/>–<see cref="Latest"/>; outside it a date is a typo (9999-12-31 for "no end", 0001-01-01 for
/// "from the start") that would overflow the arithmetic around it (the day after, a time zone offset, three years on).
/// List filters clamp such a date into the range (it then means "no limit"); forms and exports refuse it with a message.
/// </summary>
public static class DateRules
{
    public const string Format = "yyyy-MM-dd";

    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static bool IsInRange(DateOnly day) => day >= Earliest && day <= Latest;

    public static DateOnly Clamp(DateOnly day) => day < Earliest ? Earliest : day > Latest ? Latest : day;

    /// <summary>Adds DateOutOfRange (args: the earliest and the latest day as yyyy-MM-dd) when a given day lies outside the range.</summary>
    public static void InRange(List<Problem> problems, string field, DateOnly? day)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (day is { } d && !IsInRange(d)) problems.Add(OutOfRange(field));
    }

    public static Problem OutOfRange(string field) => new(ProblemCodes.DateOutOfRange, field, Write(Earliest), Write(Latest));

    /// <summary>
    /// A day written as yyyy-MM-dd (full-width digits allowed), or null when there is none or it is not a date. The day is
    /// not checked against the range: the caller clamps or refuses it.
    /// </summary>
    public static DateOnly? Read(string? text)
    {
        var typed = TypedNumber.Normalize(text);
        return DateOnly.TryParseExact(typed, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    /// <summary>A list filter's day: as <see cref="Read"/>, clamped into the range.</summary>
    public static DateOnly? ReadClamped(string? text) => Read(text) is { } day ? Clamp(day) : null;

    public static string Write(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
