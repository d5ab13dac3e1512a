using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Training;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>
/// The result page, as the real app renders it, carries the right options only when the course's "show correct answers"
/// setting allows, and the course editor offers the setting, also on a published course.
/// </summary>
public sealed class QuizAnswerReleasePagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_failed_attempt_shows_no_right_option_until_the_last_attempt_has_ended()
    {
        var courseId = await CourseAsync("TEST-REVEAL", CorrectAnswersShown.AfterPassingOrLastAttempt, attemptLimit: 2);
        var first = await FailedAttemptAsync(courseId, 1);

        var hidden = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/attempts/{first}");
        Assert.Contains("data-testid=\"quiz-result\"", hidden);
        Assert.Contains("data-testid=\"result-answers-hidden\"", hidden);
        Assert.DoesNotContain("data-right", hidden);
        Assert.DoesNotContain("data-testid=\"correct-option\"", hidden);
        Assert.DoesNotContain("data-testid=\"result-verdict\"", hidden);

        await FailedAttemptAsync(courseId, 2);

        var shown = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/attempts/{first}");
        Assert.DoesNotContain("data-testid=\"result-answers-hidden\"", shown);
        Assert.Contains("data-right=\"true\"", shown);
        Assert.Contains("data-testid=\"correct-option\"", shown);
    }

    [Fact]
    public async Task Never_keeps_them_off_the_page_after_the_last_attempt()
    {
        var courseId = await CourseAsync("TEST-NEVER", CorrectAnswersShown.Never, attemptLimit: 1);
        var attempt = await FailedAttemptAsync(courseId, 1);

        var html = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/attempts/{attempt}");

        Assert.Contains("data-testid=\"result-answers-hidden\"", html);
        Assert.Contains("quiz are not shown.", html);
        Assert.DoesNotContain("data-right", html);
    }

    [Fact]
    public async Task The_course_editor_offers_the_setting_also_on_a_published_course()
    {
        var courseId = await CourseAsync("TEST-EDITOR", CorrectAnswersShown.AfterPassing, attemptLimit: 3);

        var html = await app.GetPageAsync(DemoUsers.ManagerEast, $"/training/courses/{courseId}");

        Assert.Contains("data-testid=\"course-show-answers\"", html);
        Assert.Contains("data-testid=\"save-show-answers\"", html);
        Assert.Contains("After passing", html);
    }

    /// <summary>A published course of two questions open to every partner's staff.</summary>
    private Task<int> CourseAsync(string code, CorrectAnswersShown show, int attemptLimit) => app.WithSystemContextAsync(async db =>
    {
        var course = new Course
        {
            Code = code, Title = "答案显示（测试）", TitleEn = "Answers shown (test)", Status = CourseStatus.Published, QuestionsPerAttempt = 2,
            PassMark = 50, AttemptLimit = attemptLimit, ShowCorrectAnswers = show, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
            Lessons = [new Lesson { Position = 1, Title = "第一课", TitleEn = "First", Body = "正文", BodyEn = "Body" }],
            Questions =
            [
                new CourseQuestion
                {
                    Position = 1, Kind = QuestionKind.SingleChoice, Text = "哪根管？", TextEn = "Which pipe?",
                    Options = [new CourseOption { Position = 1, Text = "粗管", TextEn = "Thick", IsCorrect = true }, new CourseOption { Position = 2, Text = "细管", TextEn = "Thin" }],
                },
                new CourseQuestion
                {
                    Position = 2, Kind = QuestionKind.TrueFalse, Text = "可以直接放在土上。", TextEn = "It may stand on soil.",
                    Options = [new CourseOption { Position = 1, Text = "正确", TextEn = "True" }, new CourseOption { Position = 2, Text = "错误", TextEn = "False", IsCorrect = true }],
                },
            ],
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    /// <summary>The trainee's attempt number <paramref name="number"/>, submitted with the wrong option of each question.</summary>
    private Task<int> FailedAttemptAsync(int courseId, int number) => app.WithSystemContextAsync(async db =>
    {
        var course = await db.Courses.Include(c => c.Questions).ThenInclude(q => q.Options).SingleAsync(c => c.Id == courseId);
        var trainee = await db.Users.Where(u => u.Email == DemoUsers.Trainee).Select(u => new { u.Id, u.UserName }).SingleAsync();
        var partnerId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
        var questions = course.Questions.OrderBy(q => q.Position).ToList();
        var now = DateTimeOffset.UtcNow;
        var attempt = new QuizAttempt
        {
            CourseId = courseId, UserId = trainee.Id, UserName = trainee.UserName ?? "", PartnerId = partnerId, Number = number,
            Status = AttemptStatus.Submitted, StartedAt = now.AddMinutes(-5), FinishedAt = now, ScorePercent = 0, Passed = false,
            Questions = questions.Select(q => new AttemptQuestion(q.Id, q.Options.OrderBy(o => o.Position).Select(o => o.Id).ToList())).ToList(),
            Answers = questions.Select(q => new SubmittedAnswer(q.Id, [q.Options.First(o => !o.IsCorrect).Id])).ToList(),
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return attempt.Id;
    });
}
