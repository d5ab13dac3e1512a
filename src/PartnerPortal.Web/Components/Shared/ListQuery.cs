using System.Globalization;
using Microsoft.AspNetCore.Components;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// A list page's filters in its address, as <see cref="Dashboards.DashboardLinks"/> writes them: the pages take the query
/// values as text and read them here, so that a value that does not read (status=Nonsense, regionId=abc) is ignored
/// rather than an error page; and they write the filters back when the user changes one, so the address can be shared.
/// </summary>
public static class ListQuery
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A positive whole number, e.g. an id.</summary>
    public static int? ReadId(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>An enum value by its name (any case); numbers are not names.</summary>
    public static T? ReadEnum<T>(string? value) where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiLetter)) return null;
        return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }

    /// <summary>A day as yyyy-MM-dd; one outside the years the portal knows (9999-12-31, 0001-01-01) is clamped into them.</summary>
    public static DateOnly? ReadDay(string? value) => DateRules.ReadClamped(value);

    /// <summary>true (any case) is on; anything else is off.</summary>
    public static bool ReadFlag(string? value) => bool.TryParse(value?.Trim(), out var flag) && flag;

    public static string? Write(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    public static string? Write(DateOnly? day) => day?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? WriteEnum<T>(T? value) where T : struct, Enum => value?.ToString();

    /// <summary>A flag is written only when on.</summary>
    public static string? Write(bool flag) => flag ? "true" : null;

    /// <summary>Puts the filters into the address in place of the current entry (no new history entry, no reload); null removes one.</summary>
    public static void ReplaceQuery(this NavigationManager navigation, params (string Name, string? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var uri = navigation.GetUriWithQueryParameters(values.ToDictionary(v => v.Name, v => (object?)v.Value, StringComparer.Ordinal));
        if (uri != navigation.Uri) navigation.NavigateTo(uri, replace: true);
    }
}
