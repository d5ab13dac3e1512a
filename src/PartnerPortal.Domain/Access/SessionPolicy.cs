namespace PartnerPortal.Domain.Access;

/// <summary>
/// How long a sign-in lasts. Everyone is signed out after <see cref="IdleTimeout"/> without use and
/// <see cref="AbsoluteLifetime"/> after signing in, however busy. Partner staff (dealers, trainees) who tick
/// "keep me signed in" stay signed in on that device for <see cref="KeptLifetime"/> from signing in instead, whether
/// they use it or not: they order from phones and should not sign in every morning. Brand staff see every partner's
/// data, so the box does not lengthen their sessions.
/// </summary>
public sealed record SessionPolicy(TimeSpan IdleTimeout, TimeSpan AbsoluteLifetime, TimeSpan KeptLifetime)
{
    public static readonly TimeSpan MaxIdleTimeout = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxAbsoluteLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxKeptLifetime = TimeSpan.FromDays(30);

    public static SessionPolicy Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), TimeSpan.FromDays(7));

    /// <summary>The limits of one sign-in by a user with <paramref name="roles"/> who did or did not tick "keep me signed in".</summary>
    public SessionLimits For(IReadOnlyCollection<string> roles, bool keepSignedIn)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var partnerStaffOnly = roles.Count > 0 && roles.All(PortalRoles.RequiresPartner);
        return keepSignedIn && partnerStaffOnly
            ? new SessionLimits(KeptLifetime, KeptLifetime, KeptSignedIn: true)
            : new SessionLimits(IdleTimeout, AbsoluteLifetime, KeptSignedIn: false);
    }

    /// <summary>What is wrong with the settings, for the operator who set them (the messages name the setting).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (IdleTimeout <= TimeSpan.Zero || IdleTimeout > MaxIdleTimeout)
            problems.Add($"IdleTimeoutMinutes must be between 1 and {MaxIdleTimeout.TotalMinutes:0} (is {IdleTimeout.TotalMinutes:0.##}).");
        if (AbsoluteLifetime <= TimeSpan.Zero || AbsoluteLifetime > MaxAbsoluteLifetime)
            problems.Add($"AbsoluteLifetimeHours must be between 1 and {MaxAbsoluteLifetime.TotalHours:0} (is {AbsoluteLifetime.TotalHours:0.##}).");
        else if (AbsoluteLifetime < IdleTimeout)
            problems.Add($"AbsoluteLifetimeHours ({AbsoluteLifetime.TotalHours:0.##}) must not be shorter than IdleTimeoutMinutes ({IdleTimeout.TotalMinutes:0.##}).");
        if (KeptLifetime <= TimeSpan.Zero || KeptLifetime > MaxKeptLifetime)
            problems.Add($"KeepSignedInDays must be between 1 and {MaxKeptLifetime.TotalDays:0} (is {KeptLifetime.TotalDays:0.##}).");
        return problems;
    }
}
