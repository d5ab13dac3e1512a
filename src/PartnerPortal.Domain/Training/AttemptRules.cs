namespace PartnerPortal.Domain.Training;

/// <summary>
/// How many attempts a taker has. Every attempt started counts, submitted or expired, so that abandoning an attempt
/// that goes badly does not give another try. Whether a taker who passed may try again is left to the service.
/// </summary>
public static class AttemptRules
{
    /// <param name="attemptLimit">Null for no limit.</param>
    public static bool CanStartAttempt(int attemptsSoFar, int? attemptLimit) =>
        AttemptsLeft(attemptsSoFar, attemptLimit) is null or > 0;

    /// <summary>Attempts still allowed, never below 0 (a limit lowered after attempts were made); null for no limit.</summary>
    public static int? AttemptsLeft(int attemptsSoFar, int? attemptLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attemptsSoFar);
        if (attemptLimit is not { } limit) return null;
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(attemptLimit));
        return Math.Max(0, limit - attemptsSoFar);
    }
}
