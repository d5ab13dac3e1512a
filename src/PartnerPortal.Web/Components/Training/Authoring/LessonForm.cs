using PartnerPortal.Infrastructure.Training.Authoring;

namespace PartnerPortal.Web.Components.Training.Authoring;

/// <summary>The lesson editor's bindable values.</summary>
public sealed class LessonForm
{
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Body { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public string VideoUrl { get; set; } = "";

    public static LessonForm From(LessonEditView lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return new LessonForm { Title = lesson.Title, TitleEn = lesson.TitleEn, Body = lesson.Body, BodyEn = lesson.BodyEn, VideoUrl = lesson.VideoUrl ?? "" };
    }

    public LessonDraft ToDraft() => new(Title.Trim(), TitleEn.Trim(), Body, BodyEn, string.IsNullOrWhiteSpace(VideoUrl) ? null : VideoUrl.Trim());
}
