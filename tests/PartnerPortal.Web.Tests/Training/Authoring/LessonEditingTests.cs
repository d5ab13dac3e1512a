using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Components.Training.Authoring;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>The lesson form previews the Markdown as learners will see it, and the list offers reordering while the course is a draft.</summary>
public sealed class LessonEditingTests : BunitTestContext
{
    private readonly List<LessonDraft> _saved = [];

    private IRenderedComponent<LessonFormView> RenderForm(LessonForm form) =>
        Render<LessonFormView>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Save, draft =>
            {
                _saved.Add(draft);
                return Task.FromResult<IReadOnlyList<Problem>>([]);
            }));

    [Fact]
    public void The_preview_renders_Markdown_without_raw_HTML()
    {
        var cut = RenderForm(new LessonForm { Title = "安装前检查", Body = "# 检查\n\n**确认电源**\n\n<script>alert(1)</script>\n\n[说明](javascript:alert(2))" });

        var preview = cut.Find("[data-testid=lesson-preview]");
        Assert.Equal("检查", preview.QuerySelector("h1")!.TextContent);
        Assert.Equal("确认电源", preview.QuerySelector("strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.Contains("&lt;script&gt;", preview.InnerHtml);
        Assert.Null(preview.QuerySelector("a"));
    }

    [Fact]
    public void A_video_link_that_is_not_http_is_refused()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderForm(new LessonForm { Title = "抽真空", VideoUrl = "javascript:alert(1)" });

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        Assert.Contains("Video link:", cut.Find("[data-testid=lesson-video-url]").Closest(".mud-input-control")!.TextContent);

        cut.Find("[data-testid=lesson-video-url] input, input[data-testid=lesson-video-url]").Change("https://video.example.cn/vacuum.mp4");
        cut.Find("form").Submit();

        Assert.Equal("https://video.example.cn/vacuum.mp4", Assert.Single(_saved).VideoUrl);
    }

    [Fact]
    public void Lessons_of_a_draft_can_be_moved_edited_and_deleted()
    {
        LessonEditView Lesson(int id, string title) => new(id, id, title, "", "正文", "", null, []);
        (LessonEditView Lesson, int Offset)? moved = null;
        var cut = Render<LessonListView>(p => p
            .Add(x => x.Lessons, [Lesson(1, "一"), Lesson(2, "二")])
            .Add(x => x.Editable, true)
            .Add(x => x.OnMove, m => moved = m));

        Assert.True(cut.FindAll("[data-testid=move-lesson-up]")[0].HasAttribute("disabled"));
        Assert.True(cut.FindAll("[data-testid=move-lesson-down]")[1].HasAttribute("disabled"));
        cut.FindAll("[data-testid=move-lesson-up]")[1].Click();

        Assert.Equal((2, -1), (moved!.Value.Lesson.Id, moved.Value.Offset));

        var frozen = Render<LessonListView>(p => p.Add(x => x.Lessons, [Lesson(1, "一")]).Add(x => x.Editable, false));
        Assert.Empty(frozen.FindAll("[data-testid=edit-lesson]"));
        Assert.Empty(frozen.FindAll("[data-testid=add-lesson]"));
    }
}
