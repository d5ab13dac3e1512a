using System.Threading.RateLimiting;

namespace PartnerPortal.Web.Security;

/// <summary>
/// <paramref name="permitLimit"/> permits per window of <paramref name="window"/>, the window starting at the first request after
/// the previous one ended, on the portal's clock. A refused lease says how long the window still runs
/// (<see cref="MetadataName.RetryAfter"/>), which the framework's fixed-window limiter does not: it always answers a whole window.
/// </summary>
public sealed class FixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;

    public int PermitLimit { get; } = permitLimit > 0 ? permitLimit : throw new ArgumentOutOfRangeException(nameof(permitLimit));
    public TimeSpan Window { get; } = window > TimeSpan.Zero ? window : throw new ArgumentOutOfRangeException(nameof(window));

    /// <summary>Idle once its window has ended: the partitioned limiter then drops it (a new one starts afresh).</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var end = WindowEnd;
                var now = clock.GetUtcNow();
                return now >= end ? now - end : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var available = Expired(clock.GetUtcNow()) ? PermitLimit : PermitLimit - _used;
            return new RateLimiterStatistics { CurrentAvailablePermits = available };
        }
    }

    /// <summary>Takes <paramref name="permitCount"/> permits; 0 asks whether any is left without taking one (nor starting a window).</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (Expired(now))
            {
                if (permitCount == 0) return Lease.Acquired;
                _windowStart = now;
                _used = 0;
            }
            var fits = permitCount == 0 ? _used < PermitLimit : _used + permitCount <= PermitLimit;
            if (fits)
            {
                _used += permitCount;
                return Lease.Acquired;
            }
            return new Lease(false, WindowEnd - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>A refused lease's wait in whole seconds, rounded up and at least 1: the value of a Retry-After header.</summary>
    public static int RetryAfterSeconds(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
    }

    private DateTimeOffset WindowEnd => _windowStart == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : _windowStart + Window;

    private bool Expired(DateTimeOffset now) => _windowStart == DateTimeOffset.MinValue || now >= _windowStart + Window;

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
