using PartnerPortal.Domain.Access;

namespace PartnerPortal.Domain.Tests.Access;

public class SessionPolicyTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));

    // ---- SessionPolicy.For: which limits apply -----------------------------------------------

    [Theory]
    // roles, keep signed in → idle minutes, lifetime minutes, kept
    [InlineData(PortalRoles.Admin, false, 30, 720, false)]
    [InlineData(PortalRoles.Admin, true, 30, 720, false)]
    [InlineData(PortalRoles.ChannelManager, true, 30, 720, false)]
    [InlineData(PortalRoles.Dealer, false, 30, 720, false)]
    [InlineData(PortalRoles.Trainee, false, 30, 720, false)]
    [InlineData(PortalRoles.Dealer, true, 10080, 10080, true)]
    [InlineData(PortalRoles.Trainee, true, 10080, 10080, true)]
    [InlineData(PortalRoles.Dealer + "," + PortalRoles.ChannelManager, true, 30, 720, false)]
    [InlineData("", true, 30, 720, false)]
    public void Only_partner_staff_who_ask_are_kept_signed_in(string roles, bool keep, int idleMinutes, int lifetimeMinutes, bool kept)
    {
        var limits = SessionPolicy.Default.For(roles.Split(',', StringSplitOptions.RemoveEmptyEntries), keep);

        Assert.Equal(new SessionLimits(TimeSpan.FromMinutes(idleMinutes), TimeSpan.FromMinutes(lifetimeMinutes), kept), limits);
    }

    // ---- SessionLimits.Check: idle and absolute limits ----------------------------------------

    [Theory]
    // minutes since sign-in of the last use and of now → standing (30 minutes idle, 12 hours at most)
    [InlineData(0, 0, SessionStanding.Active)]
    [InlineData(0, 30, SessionStanding.Active)]          // exactly at the idle limit: still holds
    [InlineData(0, 31, SessionStanding.IdleTooLong)]
    [InlineData(100, 129, SessionStanding.Active)]
    [InlineData(100, 131, SessionStanding.IdleTooLong)]
    [InlineData(715, 720, SessionStanding.Active)]       // used five minutes ago, twelve hours exactly
    [InlineData(719, 721, SessionStanding.LifetimeOver)] // used two minutes ago, but twelve hours are over
    [InlineData(0, 721, SessionStanding.LifetimeOver)]   // both over: the lifetime is named
    public void A_sign_in_ends_after_the_idle_limit_or_the_lifetime(int lastUsedMinute, int nowMinute, SessionStanding expected)
    {
        var limits = new SessionLimits(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), KeptSignedIn: false);

        var standing = limits.Check(SignedIn, SignedIn.AddMinutes(lastUsedMinute), SignedIn.AddMinutes(nowMinute));

        Assert.Equal(expected, standing);
    }

    [Theory]
    // minutes since sign-in now → minutes since sign-in of the expiry (30 minutes idle, 12 hours at most)
    [InlineData(0, 30)]
    [InlineData(600, 630)]
    [InlineData(700, 720)] // twenty minutes before the lifetime ends: the cookie does not outlive it
    [InlineData(720, 720)]
    public void A_renewed_cookie_expires_after_the_idle_limit_but_never_after_the_lifetime(int nowMinute, int expiresMinute)
    {
        var limits = new SessionLimits(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), KeptSignedIn: false);

        Assert.Equal(SignedIn.AddMinutes(expiresMinute), limits.ExpiresAt(SignedIn, SignedIn.AddMinutes(nowMinute)));
    }

    [Fact]
    public void A_kept_partner_session_lasts_seven_days_whether_used_or_not()
    {
        var limits = SessionPolicy.Default.For([PortalRoles.Dealer], keepSignedIn: true);

        Assert.Equal(SessionStanding.Active, limits.Check(SignedIn, SignedIn, SignedIn.AddDays(6)));
        Assert.Equal(SessionStanding.Active, limits.Check(SignedIn, SignedIn, SignedIn.AddDays(7)));
        Assert.Equal(SessionStanding.LifetimeOver, limits.Check(SignedIn, SignedIn.AddDays(7), SignedIn.AddDays(7).AddMinutes(1)));
    }

    // ---- SessionPolicy.Validate ---------------------------------------------------------------

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(SessionPolicy.Default.Validate());

    [Theory]
    [InlineData(0, 12, 7, "IdleTimeoutMinutes")]
    [InlineData(1441, 48, 7, "IdleTimeoutMinutes")]
    [InlineData(30, 0, 7, "AbsoluteLifetimeHours")]
    [InlineData(30, 169, 7, "AbsoluteLifetimeHours")]
    [InlineData(120, 1, 7, "AbsoluteLifetimeHours")] // shorter than the idle limit
    [InlineData(30, 12, 0, "KeepSignedInDays")]
    [InlineData(30, 12, 31, "KeepSignedInDays")]
    public void Settings_out_of_range_are_named(int idleMinutes, int lifetimeHours, int keptDays, string setting)
    {
        var policy = new SessionPolicy(TimeSpan.FromMinutes(idleMinutes), TimeSpan.FromHours(lifetimeHours), TimeSpan.FromDays(keptDays));

        var problem = Assert.Single(policy.Validate());
        Assert.StartsWith(setting, problem);
    }
}
