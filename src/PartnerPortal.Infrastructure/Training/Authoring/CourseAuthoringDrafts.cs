using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// A course's settings as its author writes them: code, texts in Chinese and English, the quiz's limits, the reward and
/// who the course is for. Checked by <see cref="CourseAuthoringRules.Validate(CourseDraft)"/>.
/// </summary>
public sealed record CourseDraft
{
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Summary { get; init; } = "";
    public string SummaryEn { get; init; } = "";
    /// <summary>The least score, in whole percent, that passes.</summary>
    public int PassMark { get; init; } = 80;
    public int QuestionsPerAttempt { get; init; } = 5;
    /// <summary>Attempts per learner; null for no limit.</summary>
    public int? AttemptLimit { get; init; }
    /// <summary>Minutes per attempt; null for no time limit.</summary>
    public int? TimeLimitMinutes { get; init; }
    public bool PartialCredit { get; init; }
    /// <summary>When learners see the right options of an ended attempt.</summary>
    public CorrectAnswersShown ShowCorrectAnswers { get; init; }
    public int PointsOnPassing { get; init; }
    /// <summary>Months the certificate is valid; null for no expiry.</summary>
    public int? CertificateValidityMonths { get; init; }
    /// <summary>Days from assignment to the due date; null for no due date.</summary>
    public int? DueDays { get; init; }
    public IReadOnlyList<string> AudienceRoles { get; init; } = [];
    public IReadOnlyList<PartnerTier> AudienceTiers { get; init; } = [];
    public IReadOnlyList<int> AudienceRegionIds { get; init; } = [];
    public IReadOnlyList<string> AudienceUserIds { get; init; } = [];

    public static CourseDraft From(Course c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CourseDraft
        {
            Code = c.Code, Title = c.Title, TitleEn = c.TitleEn, Summary = c.Summary, SummaryEn = c.SummaryEn, PassMark = c.PassMark,
            QuestionsPerAttempt = c.QuestionsPerAttempt, AttemptLimit = c.AttemptLimit, TimeLimitMinutes = c.TimeLimitMinutes,
            PartialCredit = c.PartialCredit, ShowCorrectAnswers = c.ShowCorrectAnswers, PointsOnPassing = c.PointsOnPassing, CertificateValidityMonths = c.CertificateValidityMonths,
            DueDays = c.DueDays, AudienceRoles = c.AudienceRoles.ToList(), AudienceTiers = c.AudienceTiers.ToList(),
            AudienceRegionIds = c.AudienceRegionIds.ToList(), AudienceUserIds = c.AudienceUserIds.ToList(),
        };
    }
}

/// <summary>One lesson as its author writes it: Markdown in Chinese and English, and an optional http(s) video link.</summary>
public sealed record LessonDraft(string Title, string TitleEn, string Body, string BodyEn, string? VideoUrl);

/// <summary>One option of a question, in the author's order.</summary>
public sealed record OptionDraft(string Text, string TextEn, bool IsCorrect);

/// <summary>A question of the bank with its options in order; a true/false question has "true" and "false", in that order.</summary>
public sealed record QuestionDraft(QuestionKind Kind, string Text, string TextEn, IReadOnlyList<OptionDraft> Options)
{
    /// <summary>The question as the publishing rules see it; options are numbered from 1 in their order.</summary>
    public QuizQuestion ToQuiz(int id = 0) =>
        new(id, Kind, Text ?? "", (Options ?? []).Select((o, i) => new QuizOption(i + 1, o.Text ?? "", o.IsCorrect)).ToList());
}
