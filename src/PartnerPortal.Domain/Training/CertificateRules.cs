namespace PartnerPortal.Domain.Training;

/// <summary>
/// How long a course certificate is valid. It is valid from the day the quiz was passed through the same day the
/// validity months later, inclusive; when that month is shorter, through its last day (31 January + 1 month →
/// 28 February). A course without a validity gives certificates that never expire.
/// </summary>
public static class CertificateRules
{
    /// <summary>The last valid day, or null when the certificate never expires.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A validity below one month.</exception>
    public static DateOnly? ValidUntil(DateOnly passedOn, int? validityMonths)
    {
        if (validityMonths is not { } months) return null;
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1, nameof(validityMonths));
        return passedOn.AddMonths(months);
    }

    public static bool IsValidOn(DateOnly passedOn, int? validityMonths, DateOnly day) =>
        day >= passedOn && (ValidUntil(passedOn, validityMonths) is not { } until || day <= until);
}
