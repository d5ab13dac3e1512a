namespace PartnerPortal.Domain.Training;

/// <summary>A course's quiz and rewards as they stand when a manager publishes it; checked by <see cref="CoursePublishRules.Validate"/>.</summary>
/// <param name="Questions">The bank questions are drawn from.</param>
/// <param name="QuestionsPerAttempt">How many questions each attempt draws.</param>
/// <param name="PassMark">The least score, in whole percent, that passes.</param>
/// <param name="AttemptLimit">Attempts per taker, or null for no limit.</param>
/// <param name="TimeLimitMinutes">Minutes per attempt, or null for no time limit.</param>
/// <param name="PartialCredit">Whether multiple-choice questions earn part of a point (see <see cref="QuizScoring"/>).</param>
/// <param name="PointsOnPassing">Points credited once per user on first passing; 0 for none.</param>
/// <param name="CertificateValidityMonths">How long the certificate is valid, or null for no expiry.</param>
public sealed record CoursePublishDraft(
    IReadOnlyList<QuizQuestion> Questions,
    int QuestionsPerAttempt,
    int PassMark,
    int? AttemptLimit,
    int? TimeLimitMinutes,
    bool PartialCredit,
    int PointsOnPassing,
    int? CertificateValidityMonths);
