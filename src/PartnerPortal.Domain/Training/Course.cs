using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Training;

public enum CourseStatus
{
    Draft,
    Published,
    Archived,
}

/// <summary>
/// A course: lessons in order, a question bank an attempt draws from, the pass mark and limits, the points and the
/// certificate a pass earns, and who it is for. Texts in Chinese and English.
/// </summary>
public sealed class Course : IAudited
{
    public const int CodeMaxLength = 20;
    public const int TitleMaxLength = 100;
    public const int SummaryMaxLength = 1000;

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Summary { get; set; } = "";
    public string SummaryEn { get; set; } = "";
    /// <summary>The stored name of the cover image, served by the app; null for none.</summary>
    public string? CoverImage { get; set; }
    public CourseStatus Status { get; set; }

    public int QuestionsPerAttempt { get; set; } = 5;
    public int PassMark { get; set; } = 80;
    public int? AttemptLimit { get; set; }
    public int? TimeLimitMinutes { get; set; }
    public bool PartialCredit { get; set; }
    /// <summary>When a learner sees the right options of an ended attempt.</summary>
    public CorrectAnswersShown ShowCorrectAnswers { get; set; }
    public int PointsOnPassing { get; set; }
    public int? CertificateValidityMonths { get; set; }
    /// <summary>Days from assignment to the due date, when the course is assigned to someone.</summary>
    public int? DueDays { get; set; }

    /// <summary>Who may take the course: any of these roles, partner tiers, regions or named users. All empty: every partner's staff.</summary>
    public List<string> AudienceRoles { get; set; } = [];
    public List<PartnerTier> AudienceTiers { get; set; } = [];
    public List<int> AudienceRegionIds { get; set; } = [];
    public List<string> AudienceUserIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Version { get; set; }

    public List<Lesson> Lessons { get; set; } = [];
    public List<CourseQuestion> Questions { get; set; } = [];
}

/// <summary>One lesson of a course: Markdown text (rendered without raw HTML), an optional video link and downloads.</summary>
public sealed class Lesson
{
    public const int BodyMaxLength = 20_000;
    public const int VideoUrlMaxLength = 500;

    public int Id { get; set; }
    public int CourseId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Body { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public string? VideoUrl { get; set; }
    public List<LessonMaterial> Materials { get; set; } = [];
}

/// <summary>A file a lesson offers for download, stored by the app under its stored name.</summary>
public sealed class LessonMaterial
{
    public const int FileNameMaxLength = 200;

    public int Id { get; set; }
    public int LessonId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string StoredName { get; set; } = "";
    public long Size { get; set; }
}

/// <summary>A question of a course's bank with its options, in the author's order.</summary>
public sealed class CourseQuestion
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int Position { get; set; }
    public QuestionKind Kind { get; set; }
    public string Text { get; set; } = "";
    public string TextEn { get; set; } = "";
    public List<CourseOption> Options { get; set; } = [];

    /// <summary>The question as the rules see it, in the reader's language.</summary>
    public QuizQuestion ToQuiz(bool english) => new(Id, Kind, english && TextEn.Length > 0 ? TextEn : Text,
        Options.OrderBy(o => o.Position).Select(o => new QuizOption(o.Id, english && o.TextEn.Length > 0 ? o.TextEn : o.Text, o.IsCorrect)).ToList());
}

public sealed class CourseOption
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string TextEn { get; set; } = "";
    public bool IsCorrect { get; set; }
}
