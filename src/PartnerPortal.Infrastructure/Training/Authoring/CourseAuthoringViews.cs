using PartnerPortal.Domain.Training;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>A course in the authors' list.</summary>
public sealed record CourseRow(int Id, string Code, string Title, string TitleEn, CourseStatus Status, int LessonCount, int QuestionCount,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// A course as its authors edit it, with the correct options of its questions: for the brand's staff only, never for
/// a learner. Lessons and questions are in their order; the index of a question here is the one publishing problems name
/// ("Questions[3].Options" is the fourth).
/// </summary>
public sealed record CourseEditView(
    int Id, CourseStatus Status, CourseDraft Draft, string? CoverImage, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
    IReadOnlyList<LessonEditView> Lessons, IReadOnlyList<QuestionEditView> Questions, IReadOnlyList<LearnerOption> AudienceUsers,
    IReadOnlyList<AssignmentRow> Assignments)
{
    /// <summary>Settings, lessons and questions can change while the course is a draft only; once published the quiz is frozen.</summary>
    public bool IsDraft => Status == CourseStatus.Draft;
}

public sealed record LessonEditView(int Id, int Position, string Title, string TitleEn, string Body, string BodyEn, string? VideoUrl,
    IReadOnlyList<MaterialEditView> Materials)
{
    public LessonDraft ToDraft() => new(Title, TitleEn, Body, BodyEn, VideoUrl);
}

public sealed record MaterialEditView(int Id, string FileName, string ContentType, long Size);

public sealed record QuestionEditView(int Id, int Position, QuestionKind Kind, string Text, string TextEn, IReadOnlyList<OptionEditView> Options)
{
    public QuestionDraft ToDraft() => new(Kind, Text, TextEn, Options.Select(o => new OptionDraft(o.Text, o.TextEn, o.IsCorrect)).ToList());
}

public sealed record OptionEditView(int Id, string Text, string TextEn, bool IsCorrect);

/// <summary>A partner's staff member a course can be assigned to or meant for.</summary>
public sealed record LearnerOption(string UserId, string DisplayName, string Email, string PartnerCode, string PartnerName, string PartnerNameEn);

/// <summary>A learner the course is assigned to, with the due date.</summary>
public sealed record AssignmentRow(LearnerOption Learner, DateOnly? DueOn, DateTimeOffset AssignedAt, string AssignedBy);

/// <summary>What the settings form offers to choose from.</summary>
public sealed record CourseEditorOptions(IReadOnlyList<RegionOption> Regions);

public sealed record RegionOption(int Id, string Code, string Name, string NameEn);
