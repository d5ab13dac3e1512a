using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>Hand-made training records for the component tests.</summary>
internal static class TrainingSamples
{
    public static readonly DateOnly Today = new(2025, 9, 15);
    public static readonly DateTimeOffset StartedAt = new(2025, 9, 15, 2, 0, 0, TimeSpan.Zero);

    public static CourseCard Card(LearnerCourseState state = LearnerCourseState.InProgress, DateOnly? dueOn = null, int done = 2, int total = 5,
        string? certificate = null, int? best = null, int points = 50, string? cover = null) =>
        new(Id: 7, Code: "TR-AC-101", Title: "空调安装基础", TitleEn: "Air conditioner installation basics", Summary: "从开箱到试机。",
            SummaryEn: "From unboxing to the first run.", CoverImage: cover, DueOn: dueOn, LessonsDone: done, LessonCount: total, State: state,
            BestScore: best, CertificateCode: certificate, PointsOnPassing: points);

    public static TakerQuestion Single() => new(11, QuestionKind.SingleChoice, "Which pipe carries the refrigerant gas?",
        [new TakerOption(111, "The thick pipe"), new TakerOption(112, "The thin pipe"), new TakerOption(113, "The drain hose")]);

    public static TakerQuestion Multiple() => new(12, QuestionKind.MultipleChoice, "What must be checked before the first run?",
        [new TakerOption(121, "Vacuum held"), new TakerOption(122, "Voltage"), new TakerOption(123, "The colour of the remote"), new TakerOption(124, "Drain slope")]);

    public static TakerQuestion TrueFalse() => new(13, QuestionKind.TrueFalse, "An outdoor unit may stand directly on soil.",
        [new TakerOption(131, "正确"), new TakerOption(132, "错误")]);

    /// <summary>
    /// An attempt of three questions, ended: the single choice right, the multiple choice half right, the true/false unanswered.
    /// Unless <paramref name="answersShown"/>, the server sent no verdicts and no right options, as the course's setting says.
    /// </summary>
    public static AttemptView Ended(bool passed = false, int points = 0, string? certificate = null, AttemptStatus status = AttemptStatus.Submitted,
        bool answersShown = true, CorrectAnswersShown setting = CorrectAnswersShown.AfterPassingOrLastAttempt) =>
        new(Id: 40, CourseId: 7, CourseTitle: "空调安装基础", CourseTitleEn: "Air conditioner installation basics", Number: 2, Status: status,
            StartedAt: StartedAt, Deadline: StartedAt.AddMinutes(20), PassMark: 60, Questions: [Single(), Multiple(), TrueFalse()],
            Answers: [new SubmittedAnswer(11, [111]), new SubmittedAnswer(12, [121, 123])],
            Result: new AttemptResult(ScorePercent: passed ? 100 : 33, Passed: passed, CorrectCount: passed ? 3 : 1, QuestionCount: 3,
                Questions: answersShown
                    ?
                    [
                        new QuestionOutcome(11, true, [111], [111]),
                        new QuestionOutcome(12, false, [121, 123], [121, 122, 124]),
                        new QuestionOutcome(13, false, [], [132]),
                    ]
                    : [],
                PointsAwarded: points, CertificateCode: certificate, AnswersShown: answersShown, ShowCorrectAnswers: setting));
}
