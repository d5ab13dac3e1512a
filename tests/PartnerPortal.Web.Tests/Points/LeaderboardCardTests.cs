using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

public sealed class LeaderboardCardTests : BunitTestContext
{
    [Fact]
    public void Lists_the_learners_in_rank_order_and_marks_the_reader()
    {
        UseCulture(PortalCultures.English);
        LeaderboardRow[] rows =
        [
            new(1, "王芳", new LocalName("华东家电", "East China Appliances"), 2_400, IsMe: false),
            new(2, "李强", new LocalName("华东家电", "East China Appliances"), 1_800, IsMe: true),
            new(3, "陈静", new LocalName("苏州电器", null), 900, IsMe: false),
        ];

        var cut = Render<LeaderboardCard>(p => p.Add(x => x.Rows, rows));

        var trs = cut.FindAll("[data-testid=leaderboard-row]");
        Assert.Equal(3, trs.Count);
        Assert.Contains("王芳", trs[0].TextContent);
        Assert.Contains("2,400", trs[0].TextContent);
        Assert.Contains("苏州电器", trs[2].TextContent);
        var me = Assert.Single(cut.FindAll("[data-me=true]"));
        Assert.Contains("李强", me.TextContent);
        Assert.Contains("font-weight-bold", me.ClassList);
        Assert.Single(cut.FindAll("[data-testid=leaderboard-me]"));
        Assert.Empty(cut.FindAll("[data-testid=leaderboard-empty]"));
    }

    [Fact]
    public void An_empty_board_says_no_course_was_passed_yet()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<LeaderboardCard>(p => p.Add(x => x.Rows, []));

        Assert.Equal("No course passed in your region yet.", cut.Find("[data-testid=leaderboard-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=leaderboard-row]"));
    }
}
