namespace PartnerPortal.Web.Security;

/// <summary>
/// The "Throttling" settings: how many sign-in attempts and failed API-key authentications one client address may make in a
/// window before it is answered 429 with Retry-After. Behind a proxy the client address is the forwarded one
/// (<see cref="ForwardedHeadersSettings"/>); a whole office behind one address shares the limit.
/// </summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Throttling";

    /// <summary>Posts of the sign-in, two-factor and recovery-code forms per address and window (default 10).</summary>
    public int SignInAttempts { get; set; } = 10;

    /// <summary>The sign-in window in seconds (default 60).</summary>
    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>/api/v1 requests with a missing, unknown or revoked key per address and window (default 10).</summary>
    public int FailedApiKeyAttempts { get; set; } = 10;

    /// <summary>The failed-key window in seconds (default 60).</summary>
    public int FailedApiKeyWindowSeconds { get; set; } = 60;

    public TimeSpan SignInWindow => TimeSpan.FromSeconds(SignInWindowSeconds);
    public TimeSpan FailedApiKeyWindow => TimeSpan.FromSeconds(FailedApiKeyWindowSeconds);

    /// <summary>The settings that are out of range, named as in the configuration; empty when all are valid.</summary>
    public IReadOnlyList<string> Invalid()
    {
        var invalid = new List<string>();
        if (SignInAttempts < 1) invalid.Add($"{Section}:{nameof(SignInAttempts)}");
        if (SignInWindowSeconds is < 1 or > 86_400) invalid.Add($"{Section}:{nameof(SignInWindowSeconds)}");
        if (FailedApiKeyAttempts < 1) invalid.Add($"{Section}:{nameof(FailedApiKeyAttempts)}");
        if (FailedApiKeyWindowSeconds is < 1 or > 86_400) invalid.Add($"{Section}:{nameof(FailedApiKeyWindowSeconds)}");
        return invalid;
    }
}
