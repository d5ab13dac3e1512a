using Bunit;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Training;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>A course on "My learning": progress, due date, state and the certificate once passed.</summary>
public sealed class CourseCardViewTests : BunitTestContext
{
    private IRenderedComponent<CourseCardView> RenderCard(CourseCard card) =>
        Render<CourseCardView>(p => p.Add(x => x.Card, card).Add(x => x.Today, TrainingSamples.Today));

    private static string Text(IRenderedComponent<CourseCardView> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void Shows_the_title_in_the_readers_language_and_links_to_the_course()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card());

        Assert.Equal("Air conditioner installation basics", Text(cut, "course-title"));
        Assert.Equal("/learning/courses/7", cut.Find("[data-testid=course-title] a").GetAttribute("href"));
        Assert.Equal("From unboxing to the first run.", Text(cut, "course-summary"));
    }

    [Fact]
    public void Shows_the_lessons_done_as_progress()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(done: 2, total: 5));

        Assert.Equal("2 of 5 lessons", Text(cut, "course-lessons"));
        Assert.Equal("40", cut.Find("[data-testid=course-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Shows_the_state()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(state: LearnerCourseState.Failed));

        Assert.Equal("Failed", cut.Find("[data-testid=course-state]").GetAttribute("data-state"));
    }

    [Fact]
    public void A_due_date_in_the_past_is_overdue()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(dueOn: TrainingSamples.Today.AddDays(-1)));

        Assert.Contains("Due 2025-09-14", Text(cut, "course-due"));
        Assert.Contains("mud-error-text", cut.Find("[data-testid=course-due]").ClassName);
        Assert.Equal("Overdue", Text(cut, "course-overdue"));
    }

    [Fact]
    public void A_due_date_today_is_not_overdue()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(dueOn: TrainingSamples.Today));

        Assert.Contains("Due 2025-09-15", Text(cut, "course-due"));
        Assert.Empty(cut.FindAll("[data-testid=course-overdue]"));
    }

    [Fact]
    public void A_passed_course_is_never_overdue_and_offers_its_certificate()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(LearnerCourseState.Passed, dueOn: TrainingSamples.Today.AddDays(-30), done: 5, best: 90,
            certificate: "K7M2Q9XH4P"));

        Assert.Empty(cut.FindAll("[data-testid=course-overdue]"));
        Assert.Equal("/training/certificates/K7M2Q9XH4P.pdf", cut.Find("[data-testid=certificate-link]").GetAttribute("href"));
        Assert.Equal("Best score: 90%", Text(cut, "course-best-score"));
    }

    [Theory]
    [InlineData(LearnerCourseState.NotStarted)]
    [InlineData(LearnerCourseState.InProgress)]
    [InlineData(LearnerCourseState.Failed)]
    public void No_certificate_link_unless_passed(LearnerCourseState state)
    {
        UseCulture(PortalCultures.English);

        // Even should a code come along, only a passed course shows it.
        var cut = RenderCard(TrainingSamples.Card(state, certificate: "K7M2Q9XH4P"));

        Assert.Empty(cut.FindAll("[data-testid=certificate-link]"));
    }

    [Fact]
    public void Shows_the_points_on_passing_and_the_cover()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(points: 50, cover: "ac 101.png"));

        Assert.Equal("50 points on passing", Text(cut, "course-points"));
        Assert.Contains("/training/covers/ac%20101.png", cut.Find("[data-testid=course-cover]").OuterHtml);
    }

    [Fact]
    public void Without_due_date_score_points_or_cover_shows_none_of_them()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(TrainingSamples.Card(points: 0));

        Assert.Empty(cut.FindAll("[data-testid=course-due]"));
        Assert.Empty(cut.FindAll("[data-testid=course-best-score]"));
        Assert.Empty(cut.FindAll("[data-testid=course-points]"));
        Assert.Empty(cut.FindAll("[data-testid=course-cover]"));
    }

    [Fact]
    public void An_empty_section_says_so()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<CourseCardGrid>(p => p.Add(x => x.Items, []).Add(x => x.Today, TrainingSamples.Today)
            .Add(x => x.EmptyText, "Nothing assigned").Add(x => x.TestId, "assigned-courses"));

        Assert.Equal("Nothing assigned", cut.Find("[data-testid=assigned-courses-empty]").TextContent.Trim());
    }
}
