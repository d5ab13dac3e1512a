using Microsoft.Extensions.Localization;

namespace PartnerPortal.Web.Components.Partners;

/// <summary>How a document's remaining days read: "in 12 days", "expires today", "expired 5 days ago".</summary>
public static class PartnerDocumentText
{
    public static string DaysLeft(IStringLocalizer localizer, int days)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return days switch
        {
            0 => localizer["Expires today"],
            > 0 => localizer["In {0} days", days],
            _ => localizer["Expired {0} days ago", -days],
        };
    }
}
