namespace PartnerPortal.Domain.Access;

/// <summary>The limits of one sign-in: how long it may go unused, and how long it lasts at most.</summary>
public sealed record SessionLimits(TimeSpan Idle, TimeSpan Lifetime, bool KeptSignedIn)
{
    /// <summary>
    /// Whether a sign-in made at <paramref name="signedInAt"/> and last used at <paramref name="lastUsedAt"/> still holds
    /// at <paramref name="now"/>. A limit reached exactly still holds, as a cookie does on its expiry instant.
    /// </summary>
    public SessionStanding Check(DateTimeOffset signedInAt, DateTimeOffset lastUsedAt, DateTimeOffset now)
    {
        if (now - signedInAt > Lifetime) return SessionStanding.LifetimeOver;
        if (now - lastUsedAt > Idle) return SessionStanding.IdleTooLong;
        return SessionStanding.Active;
    }

    /// <summary>When a cookie last renewed at <paramref name="now"/> expires: after the idle limit, but never after the lifetime.</summary>
    public DateTimeOffset ExpiresAt(DateTimeOffset signedInAt, DateTimeOffset now)
    {
        var idleEnd = now + Idle;
        var lifetimeEnd = signedInAt + Lifetime;
        return idleEnd < lifetimeEnd ? idleEnd : lifetimeEnd;
    }
}
