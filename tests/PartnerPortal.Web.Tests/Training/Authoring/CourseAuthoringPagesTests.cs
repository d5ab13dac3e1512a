using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>The course authoring pages render against the demo data and the real services, for the brand's staff only.</summary>
public sealed class CourseAuthoringPagesTests : IClassFixture<PortalAppFactory>, IDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    public CourseAuthoringPagesTests(PortalAppFactory app)
    {
        // The services are registered by the app; TryAdd keeps these tests independent of those lines.
        _host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.TryAddScoped<CourseAuthoringService>();
            s.TryAddScoped<CourseAuthoringQueryService>();
            s.TryAddScoped<CourseContentService>();
            s.TryAddScoped<CourseAssignmentService>();
            s.TryAddScoped<CourseFileAuthoringService>();
            s.TryAddSingleton(new CourseFiles(Path.Combine(Path.GetTempPath(), "pp-web-tests-course-files")));
        }));
    }

    [Fact]
    public async Task A_manager_opens_the_course_list_and_the_form_for_a_new_course()
    {
        var list = await OkHtmlAsync(DemoUsers.ManagerEast, "/training/courses");
        Assert.Contains("data-testid=\"course-grid\"", list);
        Assert.Contains("data-testid=\"new-course\"", list);

        var form = await OkHtmlAsync(DemoUsers.ManagerEast, "/training/courses/new");
        Assert.Contains("data-testid=\"course-code\"", form);
        Assert.Contains("data-testid=\"save-course\"", form);
    }

    [Fact]
    public async Task An_administrator_opens_a_draft_with_its_lessons_questions_and_answers()
    {
        var id = await AddCourseAsync("TA-9001", CourseStatus.Draft);

        var html = await OkHtmlAsync(DemoUsers.Admin, $"/training/courses/{id}");

        Assert.Contains("TA-9001", html);
        Assert.Contains("data-testid=\"publish-course\"", html);
        Assert.Contains("data-testid=\"save-course\"", html);
        Assert.DoesNotContain("data-testid=\"course-frozen\"", html);
    }

    [Fact]
    public async Task A_published_course_is_shown_frozen()
    {
        var id = await AddCourseAsync("TA-9002", CourseStatus.Published);

        var html = await OkHtmlAsync(DemoUsers.ManagerEast, $"/training/courses/{id}");

        Assert.Contains("data-testid=\"course-frozen\"", html);
        Assert.Contains("data-testid=\"archive-course\"", html);
        Assert.DoesNotContain("data-testid=\"publish-course\"", html);
        Assert.DoesNotContain("data-testid=\"save-course\"", html);
    }

    [Theory]
    [InlineData(DemoUsers.Dealer)]
    [InlineData(DemoUsers.Trainee)]
    public async Task Partners_staff_cannot_open_the_authoring_pages(string email)
    {
        using var client = await SignedInAsync(email);

        var response = await client.GetAsync("/training/courses");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("course-grid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_course_that_does_not_exist_is_not_found()
    {
        using var client = await SignedInAsync(DemoUsers.ManagerEast);

        var response = await client.GetAsync("/training/courses/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    private async Task<string> OkHtmlAsync(string user, string path)
    {
        using var client = await SignedInAsync(user);
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 3000)]}");
        return html;
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = new PortalClient(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await client.SignInAsync(email);
        return client;
    }

    private async Task<int> AddCourseAsync(string code, CourseStatus status)
    {
        using var scope = _host.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        var course = new Course
        {
            Code = code, Title = "测试课程 " + code, TitleEn = "Test course " + code, Status = status, QuestionsPerAttempt = 1, PassMark = 60,
            CreatedAt = DateTimeOffset.UtcNow, PublishedAt = status == CourseStatus.Draft ? null : DateTimeOffset.UtcNow,
            Lessons = [new Lesson { Position = 1, Title = "第一课", Body = "# 标题" }],
            Questions =
            [
                new CourseQuestion
                {
                    Position = 1, Kind = QuestionKind.TrueFalse, Text = "R32 冷媒可燃。",
                    Options = [new CourseOption { Position = 1, Text = "正确", IsCorrect = true }, new CourseOption { Position = 2, Text = "错误" }],
                },
            ],
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    }
}
