using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PartnerPortal.Web.Components.Dashboards;

/// <summary>How the manager's dashboard and the health pages show figures: display formatting only.</summary>
public static class ManagerDashboardFormat
{
    /// <summary>The silent-partner queue counts partners without an order in this many days (the list's filter).</summary>
    public const int SilentDays = 60;

    /// <summary>The documents queue counts qualification documents expiring within this many days (the list's filter).</summary>
    public const int ExpiringWithinDays = 30;

    /// <summary>"¥1,234.50" in the reader's culture (the portal's cultures all use the yuan).</summary>
    public static string Money(decimal amount) => amount.ToString("C", CultureInfo.CurrentCulture);

    /// <summary>A fraction as a percent with one decimal: 0.1 → "10.0%".</summary>
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.0", CultureInfo.CurrentCulture) + "%";

    /// <summary>A change as a signed percent with one decimal: 0.125 → "+12.5%", -0.2 → "-20.0%", 0 → "0.0%".</summary>
    public static string SignedPercent(decimal fraction) =>
        (fraction * 100m).ToString("+0.0;-0.0;0.0", CultureInfo.CurrentCulture) + "%";

    /// <summary>A growth figure, or "new" when there was nothing to compare with.</summary>
    public static string Growth(IStringLocalizer localizer, decimal? growth) =>
        growth is { } g ? SignedPercent(g) : localizer["new"];

    /// <summary>The change from <paramref name="before"/> to <paramref name="now"/> as a fraction; null when nothing came before.</summary>
    public static decimal? GrowthOf(decimal now, decimal before) => before > 0 ? (now - before) / before : null;
}
