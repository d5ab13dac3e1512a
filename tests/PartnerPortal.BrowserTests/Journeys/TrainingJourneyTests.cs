using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class TrainingJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task The_trainee_passes_a_course_downloads_the_certificate_and_anyone_can_verify_it()
    {
        // The answers exist only on the server; the journey reads them there to answer like a learner who studied.
        var (courseId, answers) = await AnswerKeyAsync("TR-AC-101");

        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "trainee@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/learning");
        await Assertions.Expect(page.GetByText("Inverter air conditioner installation and commissioning").First).ToBeVisibleAsync();
        await page.GotoAsync(app.BaseUrl + $"/learning/courses/{courseId}");
        // A click on the prerendered button would be lost: wait for the live connection.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=start-quiz]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/learning/attempts/\d+$"));

        var questions = page.Locator("[data-testid=quiz-question]");
        await Assertions.Expect(questions).ToHaveCountAsync(5);
        for (var i = 0; i < 5; i++)
        {
            var question = questions.Nth(i);
            var id = int.Parse((await question.GetAttributeAsync("data-question"))!);
            foreach (var option in answers[id])
                await question.Locator($"[data-option=\"{option}\"] label").First.ClickAsync();
        }
        await Assertions.Expect(page.Locator("[data-testid=quiz-answered]")).ToContainTextAsync("5");
        await page.Locator("[data-testid=attempt-submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=result-score]")).ToContainTextAsync("100");
        await Assertions.Expect(page.Locator("[data-testid=result-points]")).ToContainTextAsync("100");
        var certificate = page.Locator("[data-testid=certificate-link]").First;
        var href = await certificate.GetAttributeAsync("href");
        var code = Regex.Match(href!, @"/training/certificates/([A-Z0-9]+)\.pdf").Groups[1].Value;

        var response = await page.APIRequest.GetAsync(app.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.BodyAsync())[..4]));

        // Anyone, signed out, confirms it by its code.
        await using var visitor = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var check = await visitor.NewPageAsync();
        check.SetDefaultTimeout(30_000);
        await check.GotoAsync(app.BaseUrl + $"/verify/{code}");
        await Assertions.Expect(check.Locator("[data-testid=verify-valid]")).ToBeVisibleAsync();
        await Assertions.Expect(check.Locator("[data-testid=verify-holder]")).ToHaveTextAsync("李娜");
        await Assertions.Expect(check.Locator("[data-testid=verify-course]")).ToContainTextAsync("Inverter air conditioner");
    }

    private async Task<(int CourseId, Dictionary<int, int[]> Answers)> AnswerKeyAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        var course = await db.Courses.Include(c => c.Questions).ThenInclude(q => q.Options).SingleAsync(c => c.Code == code);
        return (course.Id, course.Questions.ToDictionary(q => q.Id, q => q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToArray()));
    }
}
