using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace PartnerPortal.Web.Localization;

/// <summary>
/// MudBlazor's own texts (pager, clear buttons, loading) from the portal's resources, keyed as MudBlazor
/// names them (e.g. MudDataGridPager_RowsPerPage). Keys without a translation keep MudBlazor's English.
/// </summary>
internal sealed class PortalMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = localizer[key];
            return translated.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : translated;
        }
    }

    // MudBlazor passes the values of positional placeholders ("{0}–{1} of {2}") here.
    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = this[key];
            return text.ResourceNotFound || arguments.Length == 0
                ? text
                : new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text.Value, arguments));
        }
    }
}
