using PartnerPortal.Domain.Access;

namespace PartnerPortal.Web.Account;

/// <summary>The "Sessions" settings: how long a sign-in lasts (see <see cref="SessionPolicy"/>).</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Minutes without use after which anyone not kept signed in is signed out.</summary>
    public int IdleTimeoutMinutes { get; set; } = (int)SessionPolicy.Default.IdleTimeout.TotalMinutes;
    /// <summary>Hours after signing in after which anyone not kept signed in is signed out, however busy.</summary>
    public int AbsoluteLifetimeHours { get; set; } = (int)SessionPolicy.Default.AbsoluteLifetime.TotalHours;
    /// <summary>Days a dealer or trainee who ticked "keep me signed in" stays signed in on that device.</summary>
    public int KeepSignedInDays { get; set; } = (int)SessionPolicy.Default.KeptLifetime.TotalDays;

    public SessionPolicy ToPolicy() =>
        new(TimeSpan.FromMinutes(IdleTimeoutMinutes), TimeSpan.FromHours(AbsoluteLifetimeHours), TimeSpan.FromDays(KeepSignedInDays));
}
