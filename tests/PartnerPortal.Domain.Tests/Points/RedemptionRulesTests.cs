using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;

namespace PartnerPortal.Domain.Tests.Points;

public class RedemptionRulesTests
{
    private static RedemptionRequest Dealer(int balance, int cost, int? stock = 5) => new(PortalRoles.Dealer, balance, cost, stock);

    [Theory]
    // balance, cost, can spend?
    [InlineData(500, 300, true)]
    [InlineData(300, 300, true)]    // down to exactly zero
    [InlineData(299, 300, false)]   // one point short
    [InlineData(0, 1, false)]
    [InlineData(0, 0, false)]       // nothing to spend is not a spend
    [InlineData(100, -5, false)]    // a negative cost would add points
    [InlineData(-10, 5, false)]     // a balance that is somehow negative spends nothing
    public void Points_can_be_spent_down_to_zero_and_no_further(int balance, int cost, bool canSpend)
    {
        Assert.Equal(canSpend, PointsRules.CanSpend(balance, cost));
    }

    [Theory]
    [InlineData(PortalRoles.Dealer, true)]
    [InlineData(PortalRoles.Trainee, false)]
    [InlineData(PortalRoles.ChannelManager, false)]   // brand staff have no partner points to spend
    [InlineData(PortalRoles.Admin, false)]
    [InlineData("", false)]
    public void Only_a_dealer_redeems(string role, bool canRedeem)
    {
        Assert.Equal(canRedeem, PointsRules.CanRedeem(role));
    }

    [Theory]
    [InlineData(500, 300, 5)]
    [InlineData(300, 300, 1)]      // the last one in stock, for exactly the balance
    [InlineData(300, 300, null)]   // no stock kept, e.g. priority supply
    public void A_dealer_with_enough_points_redeems_a_reward_in_stock(int balance, int cost, int? stock)
    {
        Assert.Null(PointsRules.CheckRedemption(Dealer(balance, cost, stock)));
    }

    [Fact]
    public void Too_few_points_names_the_cost_and_the_balance()
    {
        var problem = PointsRules.CheckRedemption(Dealer(299, 300));

        Assert.Equal(new Problem(ProblemCodes.InsufficientPoints, "PointsCost", 300, 299), problem, ProblemComparer.Instance);
    }

    [Theory]
    [InlineData(PortalRoles.Trainee)]
    [InlineData(PortalRoles.Admin)]
    public void Anyone_but_a_dealer_is_refused(string role)
    {
        var problem = PointsRules.CheckRedemption(new RedemptionRequest(role, 1_000, 300, 5));

        Assert.Equal(new Problem(ProblemCodes.RoleCannotRedeem, "Role"), problem, ProblemComparer.Instance);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_reward_costs_more_than_zero(int cost)
    {
        var problem = PointsRules.CheckRedemption(Dealer(1_000, cost));

        Assert.Equal(new Problem(ProblemCodes.AmountNotPositive, "PointsCost"), problem, ProblemComparer.Instance);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_reward_out_of_stock_is_refused(int stock)
    {
        var problem = PointsRules.CheckRedemption(Dealer(1_000, 300, stock));

        Assert.Equal(new Problem(ProblemCodes.RewardOutOfStock, "RewardStock"), problem, ProblemComparer.Instance);
    }

    public static TheoryData<RedemptionRequest, string> FirstReason => new()
    {
        // A trainee with too few points asking for an out-of-stock reward learns first that it cannot redeem at all.
        { new RedemptionRequest(PortalRoles.Trainee, 0, 300, 0), ProblemCodes.RoleCannotRedeem },
        { new RedemptionRequest(PortalRoles.Dealer, 0, 0, 0), ProblemCodes.AmountNotPositive },
        { new RedemptionRequest(PortalRoles.Dealer, 0, 300, 0), ProblemCodes.RewardOutOfStock },
    };

    [Theory]
    [MemberData(nameof(FirstReason))]
    public void The_reason_that_must_be_fixed_first_is_given(RedemptionRequest request, string code)
    {
        Assert.Equal(code, PointsRules.CheckRedemption(request)?.Code);
    }

    /// <summary>Problem is a record whose Args array compares by reference; this compares it by value.</summary>
    private sealed class ProblemComparer : IEqualityComparer<Problem?>
    {
        public static ProblemComparer Instance { get; } = new();

        public bool Equals(Problem? x, Problem? y) =>
            x is null || y is null ? x is null && y is null : x.Code == y.Code && x.Field == y.Field && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(Problem? p) => p?.Code.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
