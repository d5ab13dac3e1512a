using PartnerPortal.Infrastructure.Training;

namespace PartnerPortal.Web.Components.Training;

/// <summary>What the course page offers for its quiz. The server decides (<see cref="CourseView.CanStartAttempt"/>); this only picks the words.</summary>
public enum QuizAvailability
{
    /// <summary>An attempt is running: go back to it.</summary>
    Continue,
    Start,
    /// <summary>Passed, and no further attempt is offered.</summary>
    Passed,
    NoAttemptsLeft,
    Closed,
}

public static class QuizAvailabilityOf
{
    public static QuizAvailability Course(CourseView course)
    {
        if (course.InProgressAttemptId is not null) return QuizAvailability.Continue;
        if (course.CanStartAttempt) return QuizAvailability.Start;
        if (course.CertificateCode is not null || course.Attempts.Any(a => a.Passed == true)) return QuizAvailability.Passed;
        if (course.AttemptLimit is { } limit && course.AttemptsUsed >= limit) return QuizAvailability.NoAttemptsLeft;
        return QuizAvailability.Closed;
    }
}
