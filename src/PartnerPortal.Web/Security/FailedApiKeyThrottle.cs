using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Web.Security;

/// <summary>
/// Counts /api/v1 requests that failed to authenticate (no key, an unknown or a revoked one) per client address. Once an
/// address has used up <see cref="ThrottlingOptions.FailedApiKeyAttempts"/> in the window, its requests are answered 429
/// without the key being looked at, whatever key they carry, until the window ends: guessing keys gets nowhere, and a
/// valid key from the same address cannot tell the guesser which of its keys was right.
/// </summary>
public sealed class FailedApiKeyThrottle(IOptions<ThrottlingOptions> options, TimeProvider clock) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.Get(address, _ => new FixedWindowLimiter(options.Value.FailedApiKeyAttempts, options.Value.FailedApiKeyWindow, clock)));

    /// <summary>Whether the address has no failed attempt left in this window; then <paramref name="retryAfter"/> is the rest of it.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(address, 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return !lease.IsAcquired;
    }

    public void RecordFailure(string address)
    {
        using var lease = _limiter.AttemptAcquire(address, 1);
    }

    public void Dispose() => _limiter.Dispose();
}
