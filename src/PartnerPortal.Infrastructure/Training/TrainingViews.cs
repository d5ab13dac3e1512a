using PartnerPortal.Domain.Training;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>Where a learner stands with a course.</summary>
public enum LearnerCourseState
{
    NotStarted,
    InProgress,
    Passed,
    Failed,
}

/// <summary>A course on the learner's "My learning" page.</summary>
public sealed record CourseCard(int Id, string Code, string Title, string TitleEn, string Summary, string SummaryEn, string? CoverImage,
    DateOnly? DueOn, int LessonsDone, int LessonCount, LearnerCourseState State, int? BestScore, string? CertificateCode, int PointsOnPassing)
{
    public bool Overdue(DateOnly today) => DueOn is { } due && due < today && State != LearnerCourseState.Passed;
}

/// <summary>The learner's assigned courses (with due dates) and the other courses open to them.</summary>
public sealed record MyLearning(IReadOnlyList<CourseCard> Assigned, IReadOnlyList<CourseCard> Catalog);

public sealed record LessonLink(int Id, int Position, string Title, string TitleEn, bool Completed);

/// <summary>A course's page for a learner: lessons, the quiz's rules and the learner's attempts so far.</summary>
public sealed record CourseView(
    int Id, string Code, string Title, string TitleEn, string Summary, string SummaryEn, string? CoverImage, IReadOnlyList<LessonLink> Lessons,
    int QuestionsPerAttempt, int PassMark, int? TimeLimitMinutes, int? AttemptLimit, int AttemptsUsed, int PointsOnPassing,
    int? CertificateValidityMonths, int? InProgressAttemptId, IReadOnlyList<AttemptSummary> Attempts, string? CertificateCode, bool CanStartAttempt);

public sealed record AttemptSummary(int Id, int Number, AttemptStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int? ScorePercent,
    bool? Passed);

public sealed record MaterialLink(int Id, string FileName, long Size);

/// <summary>One lesson as a learner reads it; the Markdown is rendered by the page without raw HTML.</summary>
public sealed record LessonView(int CourseId, string CourseTitle, string CourseTitleEn, int Id, int Position, int LessonCount, string Title,
    string TitleEn, string Body, string BodyEn, string? VideoUrl, IReadOnlyList<MaterialLink> Materials, int? PreviousId, int? NextId,
    bool Completed);

/// <summary>
/// An attempt as its taker sees it. While it runs the questions carry no correctness at all (<see cref="TakerQuestion"/>);
/// once it has ended, <see cref="Result"/> says which were wrong and what was right.
/// </summary>
public sealed record AttemptView(int Id, int CourseId, string CourseTitle, string CourseTitleEn, int Number, AttemptStatus Status,
    DateTimeOffset StartedAt, DateTimeOffset? Deadline, int PassMark, IReadOnlyList<TakerQuestion> Questions,
    IReadOnlyList<SubmittedAnswer> Answers, AttemptResult? Result);

/// <summary>The outcome of an ended attempt, shown after submission only.</summary>
/// <param name="Questions">Each question's verdict and right options; empty unless <paramref name="AnswersShown"/>.</param>
/// <param name="AnswersShown">The course's <paramref name="ShowCorrectAnswers"/> setting lets this learner see them now.</param>
public sealed record AttemptResult(int ScorePercent, bool Passed, int CorrectCount, int QuestionCount, IReadOnlyList<QuestionOutcome> Questions,
    int PointsAwarded, string? CertificateCode, bool AnswersShown, CorrectAnswersShown ShowCorrectAnswers);

/// <summary>One question of an ended attempt: what was chosen and what was right.</summary>
public sealed record QuestionOutcome(int QuestionId, bool IsCorrect, IReadOnlyList<int> SelectedOptionIds, IReadOnlyList<int> CorrectOptionIds);
