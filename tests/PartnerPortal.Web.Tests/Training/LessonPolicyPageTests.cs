using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Training;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>
/// A lesson through the real app with <c>Training:LessonImageHosts</c> set: only the allowed boxes, the portal's own
/// images and the listed host's images reach the learner; no class of the portal's own and no video frame.
/// </summary>
public sealed class LessonPolicyPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Body =
        "::: mud-overlay\nCovers the page\n:::\n\n::: tip\nKeep the valves open.\n:::\n\n![outside](https://evil.example.cn/x.png)\n\n" +
        "![listed](https://img.example.com/a.png)\n\n![own](/training/materials/1)\n\n![video](https://www.youtube.com/watch?v=abc)";

    [Fact]
    public async Task A_learner_sees_the_allowed_box_and_images_and_nothing_else()
    {
        var (courseId, lessonId) = await SeedAsync();
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Training:LessonImageHosts:0", "img.example.com"));
        using var client = new PortalClient(configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await client.SignInAsync(DemoUsers.Trainee);

        var html = await (await client.GetAsync($"/learning/courses/{courseId}/lessons/{lessonId}")).Content.ReadAsStringAsync();

        Assert.Contains("Keep the valves open.", html);
        Assert.Contains("<div class=\"tip\">", html);
        Assert.DoesNotContain("class=\"mud-overlay\"", html);
        Assert.Contains("src=\"https://img.example.com/a.png\"", html);
        Assert.Contains("src=\"/training/materials/1\"", html);
        Assert.DoesNotContain("evil.example.cn", html);
        Assert.DoesNotContain("<iframe", html);
    }

    private Task<(int CourseId, int LessonId)> SeedAsync() => app.WithSystemContextAsync(async db =>
    {
        var course = await db.Courses.Include(c => c.Lessons).FirstOrDefaultAsync(c => c.Code == "TEST-POLICY");
        if (course is null)
        {
            course = new Course
            {
                Code = "TEST-POLICY", Title = "课程内容规则（测试）", TitleEn = "Lesson content rules (test)", Summary = "测试", SummaryEn = "Test", Status = CourseStatus.Published,
                PassMark = 60, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
                Lessons = [new Lesson { Position = 1, Title = "第一课", TitleEn = "First", Body = Body, BodyEn = Body }],
            };
            db.Courses.Add(course);
            await db.SaveChangesAsync();
        }
        return (course.Id, course.Lessons.Single().Id);
    });
}
