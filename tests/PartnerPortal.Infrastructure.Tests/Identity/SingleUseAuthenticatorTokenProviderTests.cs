using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Identity;

public sealed class SingleUseAuthenticatorTokenProviderTests
{
    // 2026-03-02 08:00:00 UTC: Unix time 1772438400, time step 59081280 (30-second steps).
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private const long NoonStep = 59_081_280;

    [Theory]
    // The RFC 6238 appendix B test vectors for SHA-1 (secret "12345678901234567890"), last six digits.
    [InlineData(59L, 287082)]
    [InlineData(1111111109L, 081804)]
    [InlineData(1111111111L, 050471)]
    [InlineData(1234567890L, 005924)]
    [InlineData(2000000000L, 279037)]
    [InlineData(20000000000L, 353130)]
    public void Codes_follow_RFC_6238(long unixSeconds, int code) =>
        Assert.Equal(code, SingleUseAuthenticatorTokenProvider.Code("12345678901234567890"u8.ToArray(), unixSeconds / 30));

    [Fact]
    public void The_step_of_the_test_clock_is_right() => Assert.Equal(NoonStep, Noon.ToUnixTimeSeconds() / 30);

    [Fact]
    public async Task A_code_works_once_and_an_older_one_never_after_a_newer_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new SteppedClock(Noon);
        var (users, user, secret) = await AuthenticatorUserAsync(database, DemoUsers.DealerP0001);
        var provider = new SingleUseAuthenticatorTokenProvider(clock);

        Assert.True(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep), users, user));
        Assert.False(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep), users, user));
        Assert.False(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep - 1), users, user)); // still in its window, but older
        Assert.True(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep + 1), users, user));  // a phone a little ahead

        clock.Now = Noon.AddSeconds(45);
        Assert.False(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep + 1), users, user));
        Assert.True(await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep + 2), users, user));
        Assert.Equal((NoonStep + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            await users.GetAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.TokenLoginProvider,
                SingleUseAuthenticatorTokenProvider.LastUsedStepTokenName));
    }

    [Theory]
    // Steps from now → accepted: Identity's tolerance of two steps (a minute) each way, no more.
    [InlineData(-3, false)]
    [InlineData(-2, true)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public async Task Codes_up_to_two_steps_off_are_accepted(int offset, bool accepted)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (users, user, secret) = await AuthenticatorUserAsync(database, DemoUsers.TraineeP0001);
        var provider = new SingleUseAuthenticatorTokenProvider(new SteppedClock(Noon));

        Assert.Equal(accepted, await provider.ValidateAsync("TwoFactor", Code(secret, NoonStep + offset), users, user));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345678")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")] // full-width digits are not what an authenticator app shows
    public async Task Malformed_codes_are_refused(string code)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (users, user, _) = await AuthenticatorUserAsync(database, DemoUsers.TraineeP0001);

        Assert.False(await new SingleUseAuthenticatorTokenProvider(new SteppedClock(Noon)).ValidateAsync("TwoFactor", code, users, user));
    }

    private static string Code(byte[] secret, long step) => SingleUseAuthenticatorTokenProvider.Code(secret, step).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(UserManager<PortalUser> Users, PortalUser User, byte[] Secret)> AuthenticatorUserAsync(TestDatabase database, string email)
    {
        var users = database.Get<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var secret = Base32.Decode((await users.GetAuthenticatorKeyAsync(user))!)!;
        Assert.Equal(20, secret.Length);
        return (users, user, secret);
    }

    private sealed class SteppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
