namespace PartnerPortal.Domain.Training;

/// <summary>
/// When a timed attempt is over. The taker sees a countdown to <see cref="Deadline"/>; the server keeps accepting
/// answers for <see cref="Grace"/> longer, so that a submit pressed at the last second and still in flight is not
/// lost. From <see cref="ExpiresAt"/> on the attempt is scored with the answers saved so far, whether or not the
/// browser is still open. Compared as instants, so the time zones of the two times do not matter.
/// </summary>
public static class AttemptClock
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>The time shown to the taker: start + limit; null without a time limit.</summary>
    public static DateTimeOffset? Deadline(DateTimeOffset startedAt, TimeSpan? timeLimit) =>
        timeLimit is { } limit ? startedAt + Positive(limit) : null;

    /// <summary>The instant the attempt is over: start + limit + grace; null without a time limit.</summary>
    public static DateTimeOffset? ExpiresAt(DateTimeOffset startedAt, TimeSpan? timeLimit) =>
        Deadline(startedAt, timeLimit) + Grace;

    /// <summary>Expired from <see cref="ExpiresAt"/> (inclusive) on; an untimed attempt never expires.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A time limit of zero or less.</exception>
    public static bool IsExpired(DateTimeOffset startedAt, TimeSpan? timeLimit, DateTimeOffset now) =>
        ExpiresAt(startedAt, timeLimit) is { } expiresAt && now >= expiresAt;

    /// <summary>Whether answers may still be saved or submitted.</summary>
    public static bool AcceptsAnswers(DateTimeOffset startedAt, TimeSpan? timeLimit, DateTimeOffset now) =>
        !IsExpired(startedAt, timeLimit, now);

    private static TimeSpan Positive(TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, "timeLimit");
        return limit;
    }
}
