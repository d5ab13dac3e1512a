using Bunit;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>The quiz box of the course page: the rules, past attempts and the start button.</summary>
public sealed class CourseQuizBoxTests : BunitTestContext
{
    private int _started;

    private static CourseView Course(int? inProgress = null, bool canStart = true, string? certificate = null, int used = 0,
        IReadOnlyList<AttemptSummary>? attempts = null) =>
        new(7, "TR-AC-101", "空调安装基础", "Air conditioner installation basics", "", "", null, [], QuestionsPerAttempt: 10, PassMark: 80,
            TimeLimitMinutes: 20, AttemptLimit: 3, AttemptsUsed: used, PointsOnPassing: 50, CertificateValidityMonths: 24,
            InProgressAttemptId: inProgress, Attempts: attempts ?? [], CertificateCode: certificate, CanStartAttempt: canStart);

    private IRenderedComponent<CourseQuizBox> RenderBox(CourseView course) =>
        Render<CourseQuizBox>(p => p.Add(x => x.Course, course).Add(x => x.Start, () => _started++));

    private static string Text(IRenderedComponent<CourseQuizBox> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void Shows_the_rules_of_the_quiz()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderBox(Course(used: 1));

        Assert.Equal("10", Text(cut, "quiz-questions"));
        Assert.Equal("80%", Text(cut, "quiz-pass-mark"));
        Assert.Equal("20 minutes", Text(cut, "quiz-time-limit"));
        Assert.Equal("1 of 3 used", Text(cut, "quiz-attempts"));
        Assert.Equal("50 points", Text(cut, "quiz-points"));
    }

    [Fact]
    public void Starts_the_quiz()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderBox(Course());

        Assert.Equal("Start quiz", Text(cut, "start-quiz"));
        cut.Find("[data-testid=start-quiz]").Click();

        Assert.Equal(1, _started);
    }

    [Fact]
    public void Continues_an_attempt_in_progress()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderBox(Course(inProgress: 40, canStart: false, used: 1));

        Assert.Equal("Continue quiz", Text(cut, "start-quiz"));
    }

    [Fact]
    public void Without_attempts_left_there_is_no_button()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderBox(Course(canStart: false, used: 3));

        Assert.Empty(cut.FindAll("[data-testid=start-quiz]"));
        Assert.Equal("You have used all your attempts.", Text(cut, "quiz-unavailable"));
    }

    [Fact]
    public void Lists_previous_attempts_and_the_certificate()
    {
        UseCulture(PortalCultures.English);
        var at = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

        var cut = RenderBox(Course(canStart: false, certificate: "K7M2Q9XH4P", used: 2, attempts:
        [
            new AttemptSummary(38, 1, AttemptStatus.Expired, at, at.AddMinutes(20), 40, false),
            new AttemptSummary(39, 2, AttemptStatus.Submitted, at.AddDays(1), at.AddDays(1).AddMinutes(12), 90, true),
        ]));

        Assert.Equal(["40%", "90%"], cut.FindAll("[data-testid=attempt-score]").Select(e => e.TextContent.Trim()).ToArray());
        Assert.Equal(["Not passed", "Passed"], cut.FindAll("[data-testid=attempt-status]").Select(e => e.TextContent.Trim()).ToArray());
        Assert.Equal("/training/certificates/K7M2Q9XH4P.pdf", cut.Find("[data-testid=certificate-link]").GetAttribute("href"));
        Assert.Equal("You have passed this course.", Text(cut, "quiz-unavailable"));
    }
}
