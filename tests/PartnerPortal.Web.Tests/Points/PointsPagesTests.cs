using System.Net;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>The points pages render against the demo data and the real services.</summary>
public sealed class PointsPagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_dealer_sees_the_balance_the_rewards_with_redeem_and_the_lists()
    {
        var html = await app.GetPageAsync(DemoUsers.Dealer, "/points");

        Assert.Contains("data-testid=\"points-summary\"", html);
        Assert.Contains("data-testid=\"reward-card\"", html);
        Assert.Contains("data-testid=\"redeem\"", html);
        Assert.Contains("data-testid=\"leaderboard\"", html);
        Assert.Contains("data-testid=\"my-redemptions\"", html);
        Assert.Contains("data-testid=\"points-ledger\"", html);
        Assert.DoesNotContain("data-testid=\"points-dealer-only\"", html);
    }

    [Fact]
    public async Task A_trainee_sees_the_rewards_but_cannot_redeem()
    {
        var html = await app.GetPageAsync(DemoUsers.Trainee, "/points");

        Assert.Contains("data-testid=\"points-summary\"", html);
        Assert.Contains("data-testid=\"reward-card\"", html);
        Assert.Contains("data-testid=\"points-dealer-only\"", html);
        Assert.DoesNotContain("data-testid=\"redeem\"", html);
    }

    [Theory]
    [InlineData("/points/rewards", "reward-grid")]
    [InlineData("/points/redemptions", "redemption-queue")]
    [InlineData("/points/award", "award-partner-picker")]
    public async Task A_manager_opens_the_points_administration(string path, string testId)
    {
        var html = await app.GetPageAsync(DemoUsers.ManagerEast, path);

        Assert.Contains($"data-testid=\"{testId}\"", html);
    }
}
