using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Training.Authoring;

/// <summary>
/// The problems of a course form or of publishing, looked up by field so that each is shown where it belongs, and
/// worded with the authoring forms' own labels: "Questions[3].Options" reads "Question 4 · Options: needs an option
/// marked correct.", "Options[1].Text" inside a question's form "Option B · Text (Chinese): is required.".
/// </summary>
public sealed partial class AuthoringProblems(IReadOnlyList<Problem> problems)
{
    public static AuthoringProblems None { get; } = new([]);

    public IReadOnlyList<Problem> All { get; } = problems;

    public bool Any => All.Count > 0;

    public bool Has(params string[] fields) => All.Any(p => p.Field is { } f && fields.Contains(f, StringComparer.Ordinal));

    /// <summary>The messages for the fields, one after the other, or null when there are none (MudBlazor's ErrorText).</summary>
    public string? Text(IStringLocalizer localizer, params string[] fields)
    {
        var messages = All.Where(p => p.Field is { } f && fields.Contains(f, StringComparer.Ordinal)).Select(p => Format(localizer, p)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>The problems of one row, such as "Questions[3].", with the row's prefix taken off their fields.</summary>
    public AuthoringProblems Under(string prefix) =>
        new(All.Where(p => p.Field?.StartsWith(prefix, StringComparison.Ordinal) == true).Select(p => p with { Field = p.Field![prefix.Length..] }).ToList());

    /// <summary>The problems no input shows: without a field, or for a field the form does not place.</summary>
    public IReadOnlyList<Problem> NotShownBy(Func<string, bool> isShown) => All.Where(p => p.Field is null || !isShown(p.Field)).ToList();

    /// <summary>"Label: message" in the reader's language, or the message alone for a problem without a field.</summary>
    public static string Format(IStringLocalizer localizer, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(problem);
        var args = problem.Args.Select(a => a is CourseStatus status ? localizer.Of(status) : a).ToArray();
        var message = localizer[problem.Code, args].Value;
        return problem.Field is null ? message : $"{FieldLabel(localizer, problem.Field)}: {message}";
    }

    /// <summary>A field path as the reader knows it: "Questions[3].Options[1].Text" is "Question 4 · Option B · Text (Chinese)".</summary>
    public static string FieldLabel(IStringLocalizer localizer, string field)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(field);
        var parts = field.Split('.').Select(segment =>
        {
            var match = IndexedSegment().Match(segment);
            if (!match.Success) return Label(localizer, segment);
            var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups["list"].Value switch
            {
                "Questions" => localizer["Question {0}", index + 1].Value,
                "Options" => localizer["Option {0}", OptionLetter(index)].Value,
                "Lessons" => localizer["Lesson {0}", index + 1].Value,
                _ => segment,
            };
        });
        return string.Join(" · ", parts);
    }

    /// <summary>A, B, C… as options are lettered on the page.</summary>
    public static string OptionLetter(int index) => index is >= 0 and < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Label(IStringLocalizer localizer, string name) => name switch
    {
        nameof(CourseDraft.Code) => localizer["Course code"],
        nameof(CourseDraft.Title) => localizer["Title (Chinese)"],
        nameof(CourseDraft.TitleEn) => localizer["Title (English)"],
        nameof(CourseDraft.Summary) => localizer["Summary (Chinese)"],
        nameof(CourseDraft.SummaryEn) => localizer["Summary (English)"],
        nameof(CourseDraft.PassMark) => localizer["Pass mark (%)"],
        nameof(CourseDraft.QuestionsPerAttempt) => localizer["Questions drawn per attempt"],
        nameof(CourseDraft.AttemptLimit) => localizer["Attempt limit"],
        nameof(CourseDraft.TimeLimitMinutes) => localizer["Time limit (minutes)"],
        nameof(CourseDraft.PartialCredit) => localizer["Partial credit"],
        nameof(CourseDraft.PointsOnPassing) => localizer["Points for passing"],
        nameof(CourseDraft.CertificateValidityMonths) => localizer["Certificate validity (months)"],
        nameof(CourseDraft.DueDays) => localizer["Days to complete"],
        nameof(CourseDraft.AudienceRoles) => localizer["Roles"],
        nameof(CourseDraft.AudienceTiers) => localizer["Partner tiers"],
        nameof(CourseDraft.AudienceRegionIds) => localizer["Regions"],
        nameof(CourseDraft.AudienceUserIds) => localizer["Named learners"],
        nameof(Course.Lessons) => localizer["Lessons"],
        nameof(Course.Questions) => localizer["Question bank"],
        nameof(LessonDraft.Body) => localizer["Text (Chinese)"],
        nameof(LessonDraft.BodyEn) => localizer["Text (English)"],
        nameof(LessonDraft.VideoUrl) => localizer["Video link"],
        nameof(QuestionDraft.Kind) => localizer["Question type"],
        nameof(QuestionDraft.Text) => localizer["Text (Chinese)"],
        nameof(QuestionDraft.TextEn) => localizer["Text (English)"],
        nameof(QuestionDraft.Options) => localizer["Options"],
        "UserIds" => localizer["Learners"],
        "DueOn" => localizer["Due date"],
        "Course" => localizer["Course"],
        "Lesson" => localizer["Lesson"],
        "Question" => localizer["Question"],
        "File" => localizer["File"],
        _ => name,
    };

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]$")]
    private static partial Regex IndexedSegment();
}
