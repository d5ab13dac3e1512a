using MudBlazor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>How points, stock and a blocked redemption read.</summary>
public sealed class PointsFormatTests : BunitTestContext
{
    private IStringLocalizer Localizer => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Theory]
    [InlineData(120, "+120")]
    [InlineData(1_500, "+1,500")]
    [InlineData(-50, "\u221250")]
    [InlineData(-1_000_000, "\u22121,000,000")]
    [InlineData(0, "0")]
    public void A_ledger_amount_carries_its_sign(int points, string expected)
    {
        UseCulture(PortalCultures.English);

        Assert.Equal(expected, PointsFormat.Signed(points));
    }

    [Fact]
    public void The_lowest_int_does_not_overflow()
    {
        UseCulture(PortalCultures.English);

        Assert.Equal("\u22122,147,483,648", PointsFormat.Signed(int.MinValue));
    }

    [Theory]
    [InlineData(10, Color.Success)]
    [InlineData(-10, Color.Error)]
    [InlineData(0, Color.Default)]
    public void Earned_points_are_green_and_spent_ones_red(int points, Color expected)
    {
        Assert.Equal(expected, PointsFormat.ColorOf(points));
    }

    [Fact]
    public void Stock_reads_unlimited_out_of_stock_or_what_is_left()
    {
        UseCulture(PortalCultures.English);

        Assert.Equal("Unlimited", PointsFormat.Stock(Localizer, null));
        Assert.Equal("Out of stock", PointsFormat.Stock(Localizer, 0));
        Assert.Equal("1,200 left", PointsFormat.Stock(Localizer, 1_200));
    }

    [Fact]
    public void A_reward_is_blocked_by_a_short_balance_or_an_empty_stock_and_not_otherwise()
    {
        UseCulture(PortalCultures.English);

        Assert.Null(PointsFormat.RedeemBlocked(Localizer, PointsSamples.Reward(cost: 500), balance: 500));
        Assert.Null(PointsFormat.RedeemBlocked(Localizer, PointsSamples.Reward(cost: 500, stock: 1), balance: 800));
        Assert.Equal("You need 150 more points.", PointsFormat.RedeemBlocked(Localizer, PointsSamples.Reward(cost: 500), balance: 350));
        Assert.Equal("Out of stock", PointsFormat.RedeemBlocked(Localizer, PointsSamples.Reward(cost: 500, stock: 0), balance: 800));
    }
}
