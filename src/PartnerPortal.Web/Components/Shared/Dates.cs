using System.Globalization;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// The portal's one date format and one date-time format per language (the patterns are set on the cultures in
/// <see cref="Localization.PortalCultures"/>): every page writes its dates and moments through here, so that a list, a
/// detail page and a dashboard never show the same day three ways.
/// </summary>
public static class Dates
{
    /// <summary>A day: "2025-08-15".</summary>
    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A day, or a dash when there is none.</summary>
    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "—";

    /// <summary>The local day of a moment: "2025-08-15".</summary>
    public static string Date(DateTimeOffset moment) => moment.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The local day of a moment, or a dash when there is none.</summary>
    public static string Date(DateTimeOffset? moment) => moment is { } m ? Date(m) : "—";

    /// <summary>A moment in local time to the minute: "2025-08-15 09:30".</summary>
    public static string DateTime(DateTimeOffset moment) => moment.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A moment, or a dash when there is none.</summary>
    public static string DateTime(DateTimeOffset? moment) => moment is { } m ? DateTime(m) : "—";
}
