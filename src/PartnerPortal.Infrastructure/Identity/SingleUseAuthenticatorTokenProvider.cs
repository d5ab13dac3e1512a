using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace PartnerPortal.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that work once. Identity's own provider
/// accepts a code again for as long as its window lasts, so a code seen over a shoulder or caught in transit signs in a
/// second time; RFC 6238 §5.2 says a verifier must not accept it twice. The last time step used is kept per user in
/// Identity's user tokens, and only a later step is accepted. Like Identity's provider, codes from two steps before or
/// after now are accepted (phones whose clock is a little off).
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string TokenLoginProvider = "[PortalAuthenticator]";
    public const string LastUsedStepTokenName = "LastUsedTimeStep";
    private const int StepSeconds = 30;
    private const int AllowedSteps = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The code comes from the user's app, never from the portal.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        // Six digits; seven with a leading zero, as Identity's provider and the sign-in page accept.
        if (token is not { Length: 6 or 7 } || !token.All(char.IsAsciiDigit)) return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || Base32.Decode(key) is not { Length: > 0 } secret) return false;

        var code = int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - AllowedSteps; step <= now + AllowedSteps && matched is null; step++)
            if (Code(secret, step) == code) matched = step;
        if (matched is not { } used) return false;

        var last = await manager.GetAuthenticationTokenAsync(user, TokenLoginProvider, LastUsedStepTokenName);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastUsed) && used <= lastUsed) return false;
        // Saved with the user's concurrency stamp: of two sign-ins racing with the same code, the second fails here.
        var saved = await manager.SetAuthenticationTokenAsync(user, TokenLoginProvider, LastUsedStepTokenName,
            used.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    /// <summary>The 6-digit code of <paramref name="step"/> (RFC 4226 dynamic truncation of HMAC-SHA1 over the step counter).</summary>
    public static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return binary % 1_000_000;
    }
}
