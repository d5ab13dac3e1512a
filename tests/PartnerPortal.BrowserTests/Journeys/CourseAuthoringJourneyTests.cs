using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class CourseAuthoringJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_manager_writes_a_course_publishing_is_refused_until_the_question_has_an_answer_and_a_trainee_then_finds_it()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "manager.east@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/training/courses/new");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("input[data-testid=course-code]").FillAsync("TR-WM-110");
        await page.Locator("input[data-testid=course-title]").FillAsync("滚筒洗衣机安装要点");
        await page.Locator("input[data-testid=course-title-en]").FillAsync("Front-loader installation essentials");
        await page.Locator("input[data-testid=course-questions-per-attempt]").FillAsync("1");
        await page.Locator("[data-testid=save-course]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/training/courses/\d+$"));

        await page.GetByRole(AriaRole.Tab, new() { Name = "Lessons" }).ClickAsync();
        await page.Locator("[data-testid=add-lesson]").ClickAsync();
        var lesson = page.Locator("[data-testid=lesson-dialog]");
        await lesson.Locator("input[data-testid=lesson-title]").FillAsync("拆除运输螺栓");
        await lesson.Locator("textarea[data-testid=lesson-body]").FillAsync("安装前必须**拆除全部运输螺栓**，否则脱水时会剧烈振动。");
        await lesson.Locator("[data-testid=save-lesson]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=lesson-row]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Question bank" }).ClickAsync();
        await page.Locator("[data-testid=add-question]").ClickAsync();
        var question = page.Locator("[data-testid=question-dialog]");
        await question.Locator("textarea[data-testid=question-text], input[data-testid=question-text]").First.FillAsync("安装前必须拆除什么？");
        var options = question.Locator("[data-testid=question-option]");
        await options.Nth(0).Locator("input[data-testid=option-text]").FillAsync("运输螺栓");
        await options.Nth(1).Locator("input[data-testid=option-text]").FillAsync("电源线");
        await options.Nth(2).Locator("input[data-testid=option-text]").FillAsync("进水管");
        // Saving without a correct answer is refused in the editor, at the options.
        await question.Locator("[data-testid=save-question]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-testid=question-options-problem]")).ToBeVisibleAsync();
        await options.Nth(0).Locator("[data-testid=option-correct] label").First.ClickAsync();
        await question.Locator("[data-testid=save-question]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=question-row]")).ToHaveCountAsync(1);

        await page.Locator("[data-testid=publish-course]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=course-status]")).ToContainTextAsync("Published");

        await using var traineeContext = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var trainee = await traineeContext.NewPageAsync();
        trainee.SetDefaultTimeout(30_000);
        await app.SignInAsync(trainee, "trainee@demo.partnerportal.local");
        await trainee.GotoAsync(app.BaseUrl + "/learning");
        await Assertions.Expect(trainee.GetByText("Front-loader installation essentials")).ToBeVisibleAsync();
    }
}
