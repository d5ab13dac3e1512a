using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Web.Localization;

namespace PartnerPortal.Web.Statements;

/// <summary>The words of an exported document in the reader's language, from the same translations as the pages.</summary>
public static class StatementDocumentText
{
    public const string DefaultBrandName = "PartnerPortal";

    /// <summary>
    /// For the current request: its culture (set from the language cookie or the browser), money as yuan in either language,
    /// and the brand named by <c>Portal:BrandName</c>.
    /// </summary>
    public static DocumentText Create(IStringLocalizer<SharedResource> localizer, IConfiguration configuration, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(configuration);
        var name = (culture ?? CultureInfo.CurrentCulture).Name;
        var portalCulture = PortalCultures.Create(PortalCultures.IsSupported(name) ? name : Fallback(name));
        var brand = configuration["Portal:BrandName"];
        return new DocumentText(key => Translate(localizer, key, portalCulture), portalCulture,
            string.IsNullOrWhiteSpace(brand) ? DefaultBrandName : brand);
    }

    // The localizer reads the current UI culture; the renderers may run where that is not the document's.
    private static string Translate(IStringLocalizer localizer, string key, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        if (previous.Name == culture.Name) return localizer[key].Value;
        CultureInfo.CurrentUICulture = culture;
        try { return localizer[key].Value; }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    // "zh-Hans" or "zh-TW" read Chinese; anything else English.
    private static string Fallback(string name) =>
        name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? PortalCultures.Chinese : PortalCultures.English;
}
