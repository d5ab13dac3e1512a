using Microsoft.Extensions.Localization;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// Who did something, worded for the reader: the services already turned users into their display names; what the portal
/// did by itself reads "system" in the reader's language, an integration stays "api:&lt;key name&gt;", nobody is a dash.
/// </summary>
public static class Actors
{
    public static string Name(IStringLocalizer localizer, string? actor)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrWhiteSpace(actor)) return "—";
        return actor == ActorNames.System ? localizer["system"] : actor;
    }
}
