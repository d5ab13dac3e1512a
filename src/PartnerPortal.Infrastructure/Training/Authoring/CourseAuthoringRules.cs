using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// What a course's settings, a lesson and a question must satisfy to be saved. The service checks them on every write
/// and the editor before it sends; the quiz as a whole is checked by <see cref="CoursePublishRules"/> when publishing.
/// </summary>
public static class CourseAuthoringRules
{
    /// <summary>The roles a course can be meant for: a partner's staff.</summary>
    public static IReadOnlyList<string> AudienceRoles { get; } = [PortalRoles.Dealer, PortalRoles.Trainee];

    public const int MaxQuestionsPerAttempt = 100;
    public const int MaxTimeLimitMinutes = 600;
    public const int MaxCertificateValidityMonths = 120;
    public const int MaxDueDays = 365;

    private const string QuestionPrefix = "Questions[0].";

    public static IReadOnlyList<Problem> Validate(CourseDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(d.Code), TextRules.NormalizeCode(d.Code), Course.CodeMaxLength);
        TextRules.Required(problems, nameof(d.Title), d.Title, Course.TitleMaxLength);
        TextRules.Optional(problems, nameof(d.TitleEn), d.TitleEn, Course.TitleMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.Summary), d.Summary, Course.SummaryMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.SummaryEn), d.SummaryEn, Course.SummaryMaxLength);

        if (d.PassMark is < CoursePublishRules.MinPassMark or > CoursePublishRules.MaxPassMark)
            problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(d.PassMark), CoursePublishRules.MinPassMark, CoursePublishRules.MaxPassMark));
        Range(problems, nameof(d.QuestionsPerAttempt), d.QuestionsPerAttempt, MaxQuestionsPerAttempt);
        if (d.AttemptLimit is { } attempts && attempts < 1) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, nameof(d.AttemptLimit)));
        if (d.TimeLimitMinutes is { } minutes) Range(problems, nameof(d.TimeLimitMinutes), minutes, MaxTimeLimitMinutes);
        if (!Enum.IsDefined(d.ShowCorrectAnswers)) problems.Add(new Problem(ProblemCodes.NotFound, nameof(d.ShowCorrectAnswers)));
        if (d.PointsOnPassing < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, nameof(d.PointsOnPassing)));
        if (d.CertificateValidityMonths is { } months) Range(problems, nameof(d.CertificateValidityMonths), months, MaxCertificateValidityMonths);
        if (d.DueDays is { } days) Range(problems, nameof(d.DueDays), days, MaxDueDays);

        if ((d.AudienceRoles ?? []).Any(r => !AudienceRoles.Contains(r, StringComparer.Ordinal)))
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(d.AudienceRoles)));
        if ((d.AudienceTiers ?? []).Any(t => !Enum.IsDefined(t)))
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(d.AudienceTiers)));
        return problems;
    }

    public static IReadOnlyList<Problem> Validate(LessonDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(d.Title), d.Title, Course.TitleMaxLength);
        TextRules.Optional(problems, nameof(d.TitleEn), d.TitleEn, Course.TitleMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.Body), d.Body, Lesson.BodyMaxLength);
        TextRules.OptionalMultiLine(problems, nameof(d.BodyEn), d.BodyEn, Lesson.BodyMaxLength);
        if (!string.IsNullOrWhiteSpace(d.VideoUrl))
        {
            TextRules.Optional(problems, nameof(d.VideoUrl), d.VideoUrl, Lesson.VideoUrlMaxLength);
            if (!IsWebUrl(d.VideoUrl)) problems.Add(new Problem(CourseAuthoringProblems.InvalidUrl, nameof(d.VideoUrl)));
        }
        return problems;
    }

    /// <summary>
    /// A question's text and options by the same rules that publishing applies to the bank (fields such as
    /// "Options[1].Text"), plus the English texts' lengths.
    /// </summary>
    /// <param name="requireAnswer">
    /// Whether a question with no option marked correct is refused. The service saves such a question, so that a bank
    /// can be written before its answers are settled; publishing refuses it. The editor asks for the answer at once.
    /// </param>
    public static IReadOnlyList<Problem> Validate(QuestionDraft d, bool requireAnswer)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<Problem>();
        if (!Enum.IsDefined(d.Kind)) problems.Add(new Problem(ProblemCodes.Required, nameof(d.Kind)));
        var alone = new CoursePublishDraft([d.ToQuiz()], 1, CoursePublishRules.MaxPassMark, null, null, false, 0, null);
        problems.AddRange(CoursePublishRules.Validate(alone)
            .Where(p => p.Field?.StartsWith(QuestionPrefix, StringComparison.Ordinal) == true)
            .Where(p => requireAnswer || p.Code != ProblemCodes.NoCorrectOption)
            .Select(p => p with { Field = p.Field![QuestionPrefix.Length..] }));
        TextRules.OptionalMultiLine(problems, nameof(d.TextEn), d.TextEn, QuizQuestion.TextMaxLength);
        var options = d.Options ?? [];
        for (var i = 0; i < options.Count; i++)
            TextRules.Optional(problems, $"{nameof(d.Options)}[{i}].{nameof(OptionDraft.TextEn)}", options[i].TextEn, QuizOption.TextMaxLength);
        return problems;
    }

    /// <summary>Only absolute http and https addresses may be linked from a lesson.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void Range(List<Problem> problems, string field, int value, int most)
    {
        if (value < 1 || value > most) problems.Add(new Problem(ProblemCodes.OutOfRange, field, 1, most));
    }
}
