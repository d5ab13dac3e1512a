using Bunit;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>A lesson as the learner reads it: safe Markdown, the video, the materials and the way on.</summary>
public sealed class LessonContentTests : BunitTestContext
{
    private int _completed;

    private static LessonView Lesson(string body = "Read **this**.", string? video = null, bool completed = false, int? previous = 3, int? next = 5,
        IReadOnlyList<MaterialLink>? materials = null) =>
        new(CourseId: 7, CourseTitle: "空调安装基础", CourseTitleEn: "Air conditioner installation basics", Id: 4, Position: 2, LessonCount: 3,
            Title: "安装位置", TitleEn: "Where to install", Body: body, BodyEn: body, VideoUrl: video, Materials: materials ?? [],
            PreviousId: previous, NextId: next, Completed: completed);

    private IRenderedComponent<LessonContent> RenderLesson(LessonView lesson) =>
        Render<LessonContent>(p => p.Add(x => x.Lesson, lesson).Add(x => x.Complete, () => _completed++));

    [Fact]
    public void Shows_the_title_position_and_rendered_markdown()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson());

        Assert.Equal("Where to install", cut.Find("h1").TextContent.Trim());
        Assert.Contains("Lesson 2 of 3", cut.Find("[data-testid=lesson-position]").TextContent);
        Assert.Contains("<strong>this</strong>", cut.Find("[data-testid=lesson-body]").InnerHtml);
    }

    [Fact]
    public void Script_and_html_in_the_lesson_are_shown_as_text()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))"));

        var body = cut.Find("[data-testid=lesson-body]");
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
    }

    [Fact]
    public void An_https_mp4_video_plays_in_the_page()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson(video: "https://cdn.example.com/intro.mp4"));

        Assert.Equal("https://cdn.example.com/intro.mp4", cut.Find("video").GetAttribute("src"));
        Assert.True(cut.Find("video").HasAttribute("controls"));
        Assert.Equal("_blank", cut.Find("[data-testid=lesson-video-link]").GetAttribute("target"));
    }

    [Fact]
    public void Another_video_address_is_a_link_to_a_new_tab()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson(video: "https://v.example.com/watch?v=1"));

        Assert.Empty(cut.FindAll("video"));
        var link = cut.Find("[data-testid=lesson-video-link]");
        Assert.Equal("https://v.example.com/watch?v=1", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
    }

    [Fact]
    public void A_video_address_other_than_http_is_not_shown()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson(video: "javascript:alert(1)"));

        Assert.Empty(cut.FindAll("[data-testid=lesson-video]"));
        Assert.DoesNotContain("javascript:", cut.Markup);
    }

    [Fact]
    public void Materials_link_to_their_download()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderLesson(Lesson(materials: [new MaterialLink(9, "安装手册.pdf", 2_500_000)]));

        var link = cut.Find("[data-testid=lesson-material]");
        Assert.Equal("/training/materials/9", link.GetAttribute("href"));
        Assert.Equal("安装手册.pdf", link.TextContent.Trim());
    }

    [Fact]
    public void An_unfinished_lesson_can_be_marked_as_done()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderLesson(Lesson());

        cut.Find("[data-testid=lesson-complete]").Click();

        Assert.Equal(1, _completed);
        Assert.Equal("/learning/courses/7/lessons/3", cut.Find("[data-testid=lesson-previous]").GetAttribute("href"));
    }

    [Fact]
    public void A_finished_lesson_goes_on_to_the_next_or_back_to_the_course()
    {
        UseCulture(PortalCultures.English);

        var middle = RenderLesson(Lesson(completed: true));
        Assert.Empty(middle.FindAll("[data-testid=lesson-complete]"));
        Assert.Single(middle.FindAll("[data-testid=lesson-done]"));
        Assert.Equal("/learning/courses/7/lessons/5", middle.Find("[data-testid=lesson-next]").GetAttribute("href"));

        var last = RenderLesson(Lesson(completed: true, next: null));
        Assert.Empty(last.FindAll("[data-testid=lesson-next]"));
        Assert.Equal("/learning/courses/7", last.Find("[data-testid=lesson-back]").GetAttribute("href"));
    }
}
