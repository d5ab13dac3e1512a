using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Web.Components.Training.Authoring;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Authoring;

/// <summary>The course settings form shows each problem, its own or the service's, next to its field. Save stands in for the service.</summary>
public sealed class CourseSettingsFormTests : BunitTestContext
{
    private static readonly CourseEditorOptions Options = new([new RegionOption(1, "EAST", "华东", "East"), new RegionOption(2, "NORTH", "华北", "North")]);

    private readonly List<CourseDraft> _saved = [];
    private IReadOnlyList<Problem> _serviceProblems = [];

    private static CourseForm ValidForm() => new()
    {
        Code = "ac-101", Title = "变频空调安装", TitleEn = "Inverter AC installation", PassMark = 80, QuestionsPerAttempt = 5, PointsOnPassing = 50,
    };

    private readonly List<CorrectAnswersShown> _shownSaved = [];

    private Task<IReadOnlyList<Problem>> SaveShown(CorrectAnswersShown show)
    {
        _shownSaved.Add(show);
        return Task.FromResult<IReadOnlyList<Problem>>([]);
    }

    private IRenderedComponent<CourseSettingsForm> RenderForm(CourseForm form, bool readOnly = false, bool answersEditable = false) =>
        Render<CourseSettingsForm>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Options, Options)
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.SaveShowCorrectAnswers, answersEditable ? SaveShown : null)
            .Add(x => x.Save, draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(_serviceProblems);
            })
            .Add(x => x.SearchLearners, (_, _) => Task.FromResult<IReadOnlyList<LearnerOption>>([])));

    /// <summary>The error text MudBlazor shows under the input, or null when the input is not in error.</summary>
    private static string? ErrorOf(IRenderedComponent<CourseSettingsForm> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent;

    [Fact]
    public void Invalid_settings_show_each_problem_at_its_field_and_are_not_saved()
    {
        UseCulture(PortalCultures.English);
        var form = ValidForm();
        form.Code = "";
        form.Title = " ";
        form.PassMark = 0;
        form.TimeLimitMinutes = 0;
        form.PointsOnPassing = -1;
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        Assert.Empty(_saved);
        Assert.NotNull(cut.Find("[data-testid=fields-need-attention]"));
        Assert.Equal("Course code: is required.", ErrorOf(cut, "course-code"));
        Assert.Equal("Title (Chinese): is required.", ErrorOf(cut, "course-title"));
        Assert.Equal("Pass mark (%): must be between 1 and 100.", ErrorOf(cut, "course-pass-mark"));
        Assert.Equal("Time limit (minutes): must be between 1 and 600.", ErrorOf(cut, "course-time-limit"));
        Assert.Equal("Points for passing: cannot be negative.", ErrorOf(cut, "course-points"));
        Assert.Null(ErrorOf(cut, "course-title-en"));
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
    }

    [Fact]
    public void Valid_settings_are_saved_and_the_services_problems_shown_at_their_fields()
    {
        UseCulture(PortalCultures.English);
        _serviceProblems = [new Problem(ProblemCodes.Duplicate, "Code", "AC-101"), new Problem(ProblemCodes.OutsideScope, "AudienceUserIds")];
        var form = ValidForm();
        form.AudienceRegionIds = [2];
        var cut = RenderForm(form);

        cut.Find("form").Submit();

        var draft = Assert.Single(_saved);
        Assert.Equal(("AC-101", 80, 5, 50), (draft.Code, draft.PassMark, draft.QuestionsPerAttempt, draft.PointsOnPassing));
        Assert.Equal([2], draft.AudienceRegionIds);
        Assert.Equal("Course code: \"AC-101\" already exists.", ErrorOf(cut, "course-code"));
        Assert.Equal("Named learners: includes an entry that does not exist or is outside your regions.", ErrorOf(cut, "course-audience-user-search"));
    }

    [Fact]
    public void A_published_courses_settings_are_shown_without_a_save_button()
    {
        var cut = RenderForm(ValidForm(), readOnly: true);

        Assert.Empty(cut.FindAll("[data-testid=save-course]"));
        Assert.Empty(cut.FindAll("[data-testid=course-audience-user-search]"));
        Assert.True(cut.Find("[data-testid=course-code]").HasAttribute("readonly"));

        cut.Find("form").Submit();
        Assert.Empty(_saved);
    }

    [Fact]
    public void Show_correct_answers_defaults_to_after_passing_or_the_last_attempt_and_is_saved_with_the_draft()
    {
        UseCulture(PortalCultures.English);
        var form = ValidForm();
        var cut = RenderForm(form);
        Assert.Contains("After passing or the last attempt", cut.Find("[data-testid=course-show-answers]").OuterHtml);
        Assert.Contains("Retakes draw from the same question bank", cut.Markup);

        form.ShowCorrectAnswers = CorrectAnswersShown.Never;
        cut.Find("form").Submit();

        Assert.Equal(CorrectAnswersShown.Never, Assert.Single(_saved).ShowCorrectAnswers);
        Assert.Empty(cut.FindAll("[data-testid=save-show-answers]"));
    }

    [Fact]
    public void A_published_course_keeps_its_settings_read_only_but_when_answers_are_shown_can_still_be_saved()
    {
        UseCulture(PortalCultures.English);
        var form = ValidForm();
        form.ShowCorrectAnswers = CorrectAnswersShown.AfterPassing;
        var cut = RenderForm(form, readOnly: true, answersEditable: true);

        Assert.True(cut.Find("[data-testid=course-code]").HasAttribute("readonly"));
        Assert.DoesNotContain("mud-readonly", cut.Find("[data-testid=course-show-answers]").ClassList);
        Assert.Empty(cut.FindAll("[data-testid=save-course]"));

        cut.Find("[data-testid=save-show-answers]").Click();

        Assert.Equal([CorrectAnswersShown.AfterPassing], _shownSaved);
        Assert.Empty(_saved);
    }

    [Fact]
    public void An_archived_course_shows_the_setting_read_only()
    {
        var cut = RenderForm(ValidForm(), readOnly: true);

        Assert.Contains("mud-readonly", cut.Find("[data-testid=course-show-answers]").ClassList);
        Assert.Empty(cut.FindAll("[data-testid=save-show-answers]"));
    }
}
