using System.Threading.RateLimiting;
using PartnerPortal.Web.Security;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

public sealed class FixedWindowLimiterTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1, 59)]
    [InlineData(20, 40)]
    [InlineData(59, 1)]
    public void A_refused_request_is_told_the_seconds_left_in_the_window(int secondsLater, int retryAfter)
    {
        using var limiter = new FixedWindowLimiter(2, TimeSpan.FromMinutes(1), _clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        _clock.Advance(TimeSpan.FromSeconds(secondsLater));

        using var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.Equal(retryAfter, FixedWindowLimiter.RetryAfterSeconds(refused));
    }

    [Fact]
    public void A_part_of_a_second_left_is_said_as_one_second()
    {
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromSeconds(10), _clock);
        limiter.AttemptAcquire();
        _clock.Advance(TimeSpan.FromSeconds(9.2));

        Assert.Equal(1, FixedWindowLimiter.RetryAfterSeconds(limiter.AttemptAcquire()));
    }

    [Fact]
    public void The_next_window_starts_with_the_first_request_after_the_last_one_ended()
    {
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        _clock.Advance(TimeSpan.FromSeconds(30));

        using var refused = limiter.AttemptAcquire();

        Assert.Equal(30, FixedWindowLimiter.RetryAfterSeconds(refused));
    }

    [Fact]
    public void Asking_with_no_permit_neither_takes_one_nor_starts_a_window()
    {
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        Assert.True(limiter.AttemptAcquire(0).IsAcquired);
        _clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(limiter.AttemptAcquire(1).IsAcquired);
        _clock.Advance(TimeSpan.FromSeconds(30));

        using var probe = limiter.AttemptAcquire(0);

        Assert.False(probe.IsAcquired);
        Assert.Equal(30, FixedWindowLimiter.RetryAfterSeconds(probe));
        Assert.Equal(0, limiter.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public void A_limiter_is_idle_once_its_window_has_ended()
    {
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        limiter.AttemptAcquire();
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(limiter.IdleDuration);
        _clock.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal(TimeSpan.FromSeconds(10), limiter.IdleDuration);
    }
}
