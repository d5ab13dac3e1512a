namespace PartnerPortal.Domain.Training;

/// <summary>
/// A question in a course's bank, with its options in the order the author wrote them. Checked by
/// <see cref="CoursePublishRules.Validate"/> before the course is published.
/// </summary>
public sealed record QuizQuestion(int Id, QuestionKind Kind, string Text, IReadOnlyList<QuizOption> Options)
{
    public const int TextMaxLength = 1000;
    /// <summary>Options a choice question needs at least, so there is a choice.</summary>
    public const int MinOptions = 2;
    /// <summary>Options a choice question may have at most: A to J on the page.</summary>
    public const int MaxOptions = 10;
}
