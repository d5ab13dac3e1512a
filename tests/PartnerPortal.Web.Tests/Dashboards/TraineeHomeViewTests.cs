using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The trainee's home page rendered from hand-made courses and points.</summary>
public sealed class TraineeHomeViewTests : BunitTestContext
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    private static CourseCard Course(int id, string title, LearnerCourseState state, DateOnly? due = null, int done = 0, int total = 4,
        string? certificate = null) =>
        new(id, $"TR-{id}", title, title + " (EN)", "", "", null, due, done, total, state, null, certificate, 50);

    /// <summary>Four assigned courses (one overdue, one due in June, one without a date, one passed) and one started from the catalog.</summary>
    private static MyLearning Learning() => new(
        Assigned:
        [
            Course(1, "Safety basics", LearnerCourseState.InProgress, due: new DateOnly(2026, 5, 10), done: 2),
            Course(2, "Installation", LearnerCourseState.NotStarted, due: new DateOnly(2026, 6, 30)),
            Course(3, "Customer care", LearnerCourseState.NotStarted),
            Course(4, "Product range", LearnerCourseState.Passed, due: new DateOnly(2026, 4, 1), done: 4, certificate: "CERT-0004"),
        ],
        Catalog:
        [
            Course(5, "Heat pumps", LearnerCourseState.InProgress, done: 1, total: 5),
            Course(6, "Refrigerants", LearnerCourseState.NotStarted),
        ]);

    private static PointsSummary Points(int balance = 860) => new(1, "P0001", new LocalName("杭州华泰电器", null), balance, 300, 0, 0, CanRedeem: false);

    private IRenderedComponent<TraineeHomeView> RenderView(MyLearning learning, PointsSummary? points) =>
        Render<TraineeHomeView>(p => p.Add(x => x.Learning, learning).Add(x => x.Points, points).Add(x => x.Today, Today));

    private static string Text<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    private static string? Href<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent => cut.Find($"[data-testid={testId}]").GetAttribute("href");

    [Fact]
    public void Counts_the_assigned_courses_not_yet_passed_with_the_overdue_ones_in_red_and_the_next_due_date()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), Points());

        Assert.Equal("2", Text(cut, "trainee-courses-open"));
        var overdue = cut.Find("[data-testid=trainee-courses-overdue]");
        Assert.Equal("1", overdue.TextContent.Trim());
        Assert.Contains("mud-error-text", overdue.ClassName);
        Assert.Equal("Next due: 2026-06-30", Text(cut, "trainee-courses-next"));
        Assert.Equal("/learning", Href(cut, "trainee-courses-open"));
    }

    [Fact]
    public void Lists_the_assigned_courses_not_yet_passed_soonest_first_with_the_overdue_one_marked()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), Points());

        var rows = cut.FindAll("[data-testid=trainee-assigned-course]");
        Assert.Equal(["1", "2", "3"], rows.Select(r => r.GetAttribute("data-course")));
        Assert.Contains("Safety basics (EN)", rows[0].TextContent);
        Assert.Equal("/learning/courses/1", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Due 2026-05-10", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("[data-testid=trainee-assigned-overdue]"));
        Assert.Null(rows[1].QuerySelector("[data-testid=trainee-assigned-overdue]"));
        Assert.Null(rows[2].QuerySelector("[data-testid=trainee-assigned-due]"));
    }

    [Fact]
    public void Continue_learning_lists_the_courses_in_progress_also_from_the_catalog()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), Points());

        var rows = cut.FindAll("[data-testid=trainee-in-progress]");
        Assert.Equal(["1", "5"], rows.Select(r => r.GetAttribute("data-course")));
        Assert.Equal(["2 of 4 lessons", "1 of 5 lessons"], cut.FindAll("[data-testid=trainee-in-progress-lessons]").Select(e => e.TextContent.Trim()));
        Assert.Equal("50", cut.FindAll("[data-testid=trainee-in-progress-bar]")[0].GetAttribute("aria-valuenow"));
        Assert.Equal("/learning/courses/5", cut.FindAll("[data-testid=trainee-continue-course]")[1].GetAttribute("href"));
    }

    [Fact]
    public void Certificates_earned_are_counted_and_each_can_be_downloaded()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), Points());

        Assert.Equal("1", Text(cut, "trainee-certificates-count"));
        var certificate = Assert.Single(cut.FindAll("[data-testid=trainee-certificate]"));
        Assert.Contains("Product range (EN)", certificate.TextContent);
        Assert.Equal("/training/certificates/CERT-0004.pdf", certificate.QuerySelector("[data-testid=certificate-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Shows_the_partners_points_and_links_to_learning_and_points()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), Points(1_860));

        Assert.Equal("1,860", Text(cut, "trainee-points"));
        Assert.Equal("/points", Href(cut, "trainee-points"));
        Assert.Equal("/learning", Href(cut, "trainee-link-learning"));
        Assert.Equal("/points", Href(cut, "trainee-link-points"));
    }

    [Fact]
    public void Without_a_partner_there_is_no_points_card()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Learning(), points: null);

        Assert.Empty(cut.FindAll("[data-testid=trainee-points]"));
        Assert.NotNull(cut.Find("[data-testid=trainee-courses-open]"));
    }

    [Fact]
    public void With_no_course_assigned_invites_to_browse_the_catalog()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(new MyLearning([], []), Points(0));

        Assert.Contains("No course assigned yet — browse the catalog", Text(cut, "trainee-empty"));
        Assert.Equal("/learning", Href(cut, "trainee-empty-learning"));
        Assert.Empty(cut.FindAll("[data-testid=trainee-courses-open]"));
        Assert.Equal("No course in progress", Text(cut, "trainee-continue-none"));
        Assert.Equal("No certificate yet", Text(cut, "trainee-certificates-none"));
    }

    [Fact]
    public void Renders_in_Chinese_with_Chinese_course_titles_and_dates()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderView(Learning(), Points(1_860));

        Assert.Contains("必修课程", cut.Find("[data-testid=trainee-assigned]").TextContent);
        Assert.Contains("积分余额", cut.Find("[data-testid=trainee-points-card]").TextContent);
        var first = cut.FindAll("[data-testid=trainee-assigned-course]")[0].TextContent;
        Assert.Contains("Safety basics", first);
        Assert.DoesNotContain("(EN)", first);
        Assert.Contains("截止日期：2026-05-10", first);
        Assert.Contains("继续学习", Text(cut, "trainee-continue-course"));
    }

    [Fact]
    public void Courses_due_count_the_undated_as_open_and_skip_the_passed()
    {
        var due = PartnerHomeFormat.CoursesDue(Learning().Assigned, Today);

        Assert.Equal(new CoursesDue(Open: 2, Overdue: 1, NextDueOn: new DateOnly(2026, 6, 30)), due);
    }
}
