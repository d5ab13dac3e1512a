namespace PartnerPortal.Domain.Auditing;

/// <summary>
/// Who made a change, as the audit log stores it (<see cref="AuditEntry.UserId"/>, <see cref="AuditEntry.UserName"/>) and
/// as a reader sees it: a person by their display name when they have one (their sign-in name otherwise), an integration
/// as "api:&lt;key name&gt;", the portal as the system (with the job, when one was named).
/// </summary>
/// <param name="Kind">What kind of actor this is.</param>
/// <param name="Name">For a user the name to show, for an API key "api:&lt;key name&gt;", for the system the job or "".</param>
public sealed record AuditActor(AuditActorKind Kind, string Name)
{
    public const string ApiPrefix = "api:";
    public const string SystemName = "system";
    public const string AnonymousName = "anonymous";

    /// <param name="userName">The stored actor name.</param>
    /// <param name="displayName">The person's display name, when the user still exists and has one.</param>
    public static AuditActor Of(string? userName, string? displayName = null)
    {
        var stored = userName?.Trim() ?? "";
        if (stored.Length == 0 || stored == AnonymousName) return new(AuditActorKind.Anonymous, "");
        if (stored.StartsWith(ApiPrefix, StringComparison.Ordinal)) return new(AuditActorKind.ApiKey, stored);
        if (stored == SystemName) return new(AuditActorKind.System, "");
        if (stored.StartsWith(SystemName + ":", StringComparison.Ordinal)) return new(AuditActorKind.System, stored[(SystemName.Length + 1)..]);
        return new(AuditActorKind.User, string.IsNullOrWhiteSpace(displayName) ? stored : displayName.Trim());
    }
}
