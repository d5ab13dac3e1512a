using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class AttemptClockTests
{
    private static readonly DateTimeOffset Started = new(2026, 5, 11, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan TwentyMinutes = TimeSpan.FromMinutes(20);

    [Fact]
    public void The_grace_is_30_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), AttemptClock.Grace);
    }

    public static TheoryData<string, bool> TwentyMinuteAttempt => new()
    {
        // now (after 09:00:00), expired?
        { "09:00:00",     false },  // just started
        { "09:19:59",     false },
        { "09:20:00",     false },  // the deadline the taker sees: still in the grace for a submit in flight
        { "09:20:29.999", false },
        { "09:20:30",     true },   // deadline + 30 s grace: over
        { "09:45:00",     true },
        { "08:59:00",     false },  // a clock a little behind is not expiry
    };

    [Theory]
    [MemberData(nameof(TwentyMinuteAttempt))]
    public void A_timed_attempt_expires_at_the_time_limit_plus_the_grace(string now, bool expired)
    {
        var at = new DateTimeOffset(Started.Date + TimeSpan.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Started.Offset);

        Assert.Equal(expired, AttemptClock.IsExpired(Started, TwentyMinutes, at));
        Assert.Equal(!expired, AttemptClock.AcceptsAnswers(Started, TwentyMinutes, at));
    }

    [Fact]
    public void Offsets_do_not_matter_only_the_instant()
    {
        // 09:20:30 in Shanghai is 01:20:30 UTC.
        var utc = new DateTimeOffset(2026, 5, 11, 1, 20, 30, TimeSpan.Zero);

        Assert.True(AttemptClock.IsExpired(Started, TwentyMinutes, utc));
        Assert.False(AttemptClock.IsExpired(Started, TwentyMinutes, utc.AddTicks(-1)));
    }

    [Fact]
    public void An_attempt_without_a_time_limit_never_expires()
    {
        Assert.False(AttemptClock.IsExpired(Started, null, Started.AddYears(1)));
        Assert.Null(AttemptClock.Deadline(Started, null));
        Assert.Null(AttemptClock.ExpiresAt(Started, null));
    }

    [Fact]
    public void The_deadline_shown_is_the_time_limit_and_the_expiry_adds_the_grace()
    {
        Assert.Equal(Started.AddMinutes(20), AttemptClock.Deadline(Started, TwentyMinutes));
        Assert.Equal(Started.AddMinutes(20).AddSeconds(30), AttemptClock.ExpiresAt(Started, TwentyMinutes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_time_limit_of_zero_or_less_is_refused(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptClock.IsExpired(Started, TimeSpan.FromMinutes(minutes), Started));
    }
}
