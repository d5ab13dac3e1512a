using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PartnerPortal.Web.Localization;

/// <summary>The portal's two languages. Both format money as CNY, whatever the language.</summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Create(Chinese), Create(English)];

    public static bool IsSupported(string? name) => Supported.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one date format of both languages, as on statements and exports: unambiguous in either.</summary>
    public const string DatePattern = "yyyy-MM-dd";

    /// <summary>The one time format of both languages: 24 hours, to the minute.</summary>
    public const string TimePattern = "HH:mm";

    /// <summary>
    /// A culture whose currency is the yuan ("¥1,234.50" in both languages) and whose short date and time are the portal's
    /// one format ("2025-08-15", "2025-08-15 09:30"): "d" and "g" give these everywhere, date pickers included.
    /// </summary>
    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        culture.NumberFormat.CurrencySymbol = "¥";
        culture.NumberFormat.CurrencyDecimalDigits = 2;
        culture.NumberFormat.CurrencyPositivePattern = 0; // ¥n
        culture.NumberFormat.CurrencyNegativePattern = 1; // -¥n
        culture.DateTimeFormat.ShortDatePattern = DatePattern;
        culture.DateTimeFormat.ShortTimePattern = TimePattern;
        return culture;
    }

    public static RequestLocalizationOptions Options(string defaultCulture)
    {
        var fallback = IsSupported(defaultCulture) ? defaultCulture : Chinese;
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Create(fallback)),
            SupportedCultures = Supported.ToList(),
            SupportedUICultures = Supported.ToList(),
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // The cookie set by the language switch wins over the browser's Accept-Language.
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }
}
