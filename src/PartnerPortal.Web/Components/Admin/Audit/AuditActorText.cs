using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Web.Components.Admin.Audit;

/// <summary>Who made a change, in the reader's language: a person's name, "api:&lt;key name&gt;", or the system (with its job).</summary>
public static class AuditActorText
{
    public static string Of(IStringLocalizer localizer, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            AuditActorKind.System => actor.Name.Length == 0 ? localizer["system"] : $"{localizer["system"]} ({actor.Name})",
            AuditActorKind.Anonymous => localizer["anonymous"],
            _ => actor.Name,
        };
    }
}
