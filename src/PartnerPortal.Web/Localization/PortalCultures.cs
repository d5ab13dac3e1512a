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

    /// <summary>A culture whose currency is the yuan: "¥1,234.50" in both languages.</summary>
    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        culture.NumberFormat.CurrencySymbol = "¥";
        culture.NumberFormat.CurrencyDecimalDigits = 2;
        culture.NumberFormat.CurrencyPositivePattern = 0; // ¥n
        culture.NumberFormat.CurrencyNegativePattern = 1; // -¥n
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
