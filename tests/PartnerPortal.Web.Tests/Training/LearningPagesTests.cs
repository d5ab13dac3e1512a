using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Training;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>The learner's pages render, as prerendered by the real app, against a course made for the test.</summary>
public sealed class LearningPagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private sealed record Seeded(int CourseId, int FirstLessonId, int AttemptId);

    [Theory]
    [InlineData(DemoUsers.Trainee)]
    [InlineData(DemoUsers.Dealer)]
    public async Task Partner_staff_open_my_learning(string user)
    {
        await SeedAsync();

        var html = await app.GetPageAsync(user, "/learning");

        Assert.Contains("data-testid=\"my-learning\"", html);
        Assert.Contains("data-testid=\"course-card\"", html);
        Assert.Contains("Installation basics (test)", html);
    }

    [Fact]
    public async Task The_course_page_lists_lessons_and_the_quiz()
    {
        var seeded = await SeedAsync();

        var html = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/courses/{seeded.CourseId}");

        Assert.Contains("data-testid=\"lesson-list\"", html);
        Assert.Contains("data-testid=\"quiz-box\"", html);
        Assert.Contains($"/learning/courses/{seeded.CourseId}/lessons/{seeded.FirstLessonId}", html);
    }

    [Fact]
    public async Task A_lesson_shows_its_markdown_with_html_escaped()
    {
        var seeded = await SeedAsync();

        var html = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/courses/{seeded.CourseId}/lessons/{seeded.FirstLessonId}");

        Assert.Contains("data-testid=\"lesson-body\"", html);
        Assert.Contains("<strong>carefully</strong>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task A_running_attempt_shows_its_questions_without_their_answers()
    {
        var seeded = await SeedAsync();

        var html = await app.GetPageAsync(DemoUsers.Trainee, $"/learning/attempts/{seeded.AttemptId}");

        Assert.Contains("data-testid=\"quiz-question\"", html);
        Assert.Contains("data-testid=\"quiz-status\"", html);
        Assert.DoesNotContain("data-testid=\"quiz-result\"", html);
        Assert.DoesNotContain("data-right", html);
    }

    [Fact]
    public async Task Another_learners_attempt_is_not_found()
    {
        var seeded = await SeedAsync();
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync($"/learning/attempts/{seeded.AttemptId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/learning/courses/999999")]
    [InlineData("/learning/courses/999999/lessons/1")]
    [InlineData("/learning/attempts/999999")]
    public async Task Records_that_do_not_exist_are_not_found(string path)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Trainee);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }


    /// <summary>A published course open to every partner's staff, and an attempt of the trainee at it (once per app: xUnit makes a
    /// new instance of the class for each test, the app is shared).</summary>
    private Task<Seeded> SeedAsync() => app.WithSystemContextAsync(async db =>
    {
        var course = await db.Courses.Include(c => c.Lessons).Include(c => c.Questions).ThenInclude(q => q.Options)
            .FirstOrDefaultAsync(c => c.Code == "TEST-LEARN");
        if (course is null)
        {
            course = new Course
            {
                Code = "TEST-LEARN", Title = "安装基础（测试）", TitleEn = "Installation basics (test)", Summary = "测试课程", SummaryEn = "A test course",
                Status = CourseStatus.Published, QuestionsPerAttempt = 2, PassMark = 50, TimeLimitMinutes = 10, PointsOnPassing = 20,
                CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
                Lessons =
                [
                    new Lesson { Position = 1, Title = "第一课", TitleEn = "First", Body = "Work **carefully**.\n\n<script>alert(1)</script>", BodyEn = "Work **carefully**.\n\n<script>alert(1)</script>" },
                    new Lesson { Position = 2, Title = "第二课", TitleEn = "Second", Body = "Done.", BodyEn = "Done." },
                ],
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
        }

        var lessonId = course.Lessons.OrderBy(l => l.Position).First().Id;
        var trainee = await db.Users.Where(u => u.Email == DemoUsers.Trainee).Select(u => new { u.Id, u.UserName }).SingleAsync();
        var partnerId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
        var existing = await db.QuizAttempts.Where(a => a.CourseId == course.Id && a.UserId == trainee.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        if (existing is { } id) return new Seeded(course.Id, lessonId, id);
        var now = DateTimeOffset.UtcNow;
        var attempt = new QuizAttempt
        {
            CourseId = course.Id, UserId = trainee.Id, UserName = trainee.UserName ?? "", PartnerId = partnerId, Number = 1,
            Status = AttemptStatus.InProgress, StartedAt = now, ExpiresAt = AttemptClock.ExpiresAt(now, TimeSpan.FromMinutes(10)),
            Questions = course.Questions.OrderBy(q => q.Position).Select(q => new AttemptQuestion(q.Id, q.Options.OrderBy(o => o.Position).Select(o => o.Id).ToList())).ToList(),
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return new Seeded(course.Id, lessonId, attempt.Id);
    });
}
