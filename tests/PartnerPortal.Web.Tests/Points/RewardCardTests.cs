using Bunit;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>A reward's card: Redeem only for a dealer, disabled with the reason when the balance or the stock falls short.</summary>
public sealed class RewardCardTests : BunitTestContext
{
    private readonly List<RewardRow> _redeemed = [];

    private IRenderedComponent<RewardCard> RenderCard(RewardRow reward, int balance, bool showRedeem, bool busy = false) =>
        Render<RewardCard>(p => p
            .Add(x => x.Reward, reward)
            .Add(x => x.Balance, balance)
            .Add(x => x.ShowRedeem, showRedeem)
            .Add(x => x.Busy, busy)
            .Add(x => x.OnRedeem, r => _redeemed.Add(r)));

    private static string Text(IRenderedComponent<RewardCard> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void Shows_the_reward_in_English_with_its_cost_and_stock()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(PointsSamples.Reward(cost: 5_000, stock: 3), balance: 0, showRedeem: false);

        Assert.Equal("Priority supply for one month", Text(cut, "reward-name"));
        Assert.Equal("Your orders ship first for a month", Text(cut, "reward-description"));
        Assert.Equal("5,000 points", Text(cut, "reward-cost"));
        Assert.Equal("3 left", Text(cut, "reward-stock"));
    }

    [Fact]
    public void Chinese_readers_get_the_Chinese_name_and_description()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderCard(PointsSamples.Reward(), balance: 0, showRedeem: false);

        Assert.Equal("优先供货一个月", Text(cut, "reward-name"));
        Assert.Equal("旺季优先安排发货", Text(cut, "reward-description"));
    }

    [Fact]
    public void A_trainee_sees_no_redeem_button()
    {
        var cut = RenderCard(PointsSamples.Reward(cost: 100), balance: 10_000, showRedeem: false);

        Assert.Empty(cut.FindAll("[data-testid=redeem]"));
        Assert.Empty(cut.FindAll("[data-testid=redeem-hint]"));
    }

    [Fact]
    public void A_dealer_with_enough_points_redeems()
    {
        var reward = PointsSamples.Reward(cost: 500);
        var cut = RenderCard(reward, balance: 500, showRedeem: true);

        var button = cut.Find("[data-testid=redeem]");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=redeem-hint]"));

        button.Click();

        Assert.Equal(reward, Assert.Single(_redeemed));
    }

    [Fact]
    public void A_short_balance_disables_redeem_and_says_how_many_points_are_missing()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(PointsSamples.Reward(cost: 500), balance: 120, showRedeem: true);

        Assert.True(cut.Find("[data-testid=redeem]").HasAttribute("disabled"));
        Assert.Equal("You need 380 more points.", Text(cut, "redeem-hint"));
    }

    [Fact]
    public void An_empty_stock_disables_redeem()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderCard(PointsSamples.Reward(cost: 500, stock: 0), balance: 9_999, showRedeem: true);

        Assert.True(cut.Find("[data-testid=redeem]").HasAttribute("disabled"));
        Assert.Equal("Out of stock", Text(cut, "redeem-hint"));
        Assert.Equal("Out of stock", Text(cut, "reward-stock"));
    }

    [Fact]
    public void Redeem_is_disabled_while_another_redemption_runs()
    {
        var cut = RenderCard(PointsSamples.Reward(cost: 500), balance: 800, showRedeem: true, busy: true);

        Assert.True(cut.Find("[data-testid=redeem]").HasAttribute("disabled"));
    }
}
