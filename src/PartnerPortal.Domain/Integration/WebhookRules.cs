namespace PartnerPortal.Domain.Integration;

/// <summary>What a webhook endpoint must look like, and when a failed delivery is tried again.</summary>
public static class WebhookRules
{
    /// <summary>A URL that is not an absolute http or https address.</summary>
    public const string InvalidUrlProblem = "Problem.InvalidUrl";

    /// <summary>The longest wait between two attempts, however many failed before.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>An absolute http:// or https:// URL with a host; anything else (ftp:, a relative path, a bare host) is refused.</summary>
    public static bool IsValidUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// The wait after the <paramref name="attempts"/>th failed attempt: the first retry after <paramref name="firstRetry"/>,
    /// doubling each time, never more than <see cref="MaxRetryDelay"/>. Null when the attempts are used up: the delivery has failed.
    /// </summary>
    public static TimeSpan? RetryDelay(int attempts, int maxAttempts, TimeSpan firstRetry)
    {
        if (attempts >= maxAttempts) return null;
        if (attempts < 1) return TimeSpan.Zero;
        var delay = firstRetry;
        for (var i = 1; i < attempts && delay < MaxRetryDelay; i++) delay += delay;
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
