namespace PartnerPortal.Domain.Auditing;

/// <summary>Who an audit entry's change came from.</summary>
public enum AuditActorKind
{
    /// <summary>A person signed in to the portal (or, for a refused sign-in, the login typed).</summary>
    User,
    /// <summary>An integration, through an API key: stored as "api:&lt;key name&gt;".</summary>
    ApiKey,
    /// <summary>The portal itself: seeding, background jobs; stored as "system" or "system:&lt;job&gt;".</summary>
    System,
    /// <summary>Nobody signed in.</summary>
    Anonymous,
}
