using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Points;

public class ManualAwardTests
{
    private static IReadOnlyList<Problem> Validate(int points, string? reason, int balance = 0) =>
        PointsRules.ValidateManualAward(new ManualAward(points, reason), balance);

    [Theory]
    // points, balance before
    [InlineData(100, 0)]
    [InlineData(1, 0)]
    [InlineData(1_000_000, 0)]
    [InlineData(-200, 200)]    // a correction down to exactly zero
    [InlineData(-50, 200)]
    public void A_non_zero_award_with_a_reason_that_keeps_the_balance_at_or_above_zero_is_accepted(int points, int balance)
    {
        ProblemAssert.None(Validate(points, "展会协助", balance));
    }

    [Fact]
    public void An_award_of_zero_is_refused()
    {
        ProblemAssert.Single(Validate(0, "展会协助"), ProblemCodes.NotZero, "Points");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_reason_is_required(string? reason)
    {
        ProblemAssert.Single(Validate(100, reason), ProblemCodes.Required, "Reason");
    }

    [Fact]
    public void A_reason_of_200_characters_is_allowed_and_201_is_too_long()
    {
        ProblemAssert.None(Validate(100, new string('奖', 200)));
        ProblemAssert.Single(Validate(100, new string('奖', 201)), ProblemCodes.TooLong, "Reason", 200);
    }

    [Theory]
    // points, balance, balance it would become
    [InlineData(-300, 200, -100)]
    [InlineData(-1, 0, -1)]
    [InlineData(-201, 200, -1)]
    public void A_correction_may_not_take_the_balance_below_zero(int points, int balance, int after)
    {
        ProblemAssert.Single(Validate(points, "更正", balance), ProblemCodes.PointsBelowZero, "Points", balance, after);
    }

    [Theory]
    [InlineData(1_000_001)]
    [InlineData(-1_000_001)]
    public void An_award_beyond_a_million_either_way_is_out_of_range(int points)
    {
        ProblemAssert.Single(Validate(points, "更正", 5_000_000), ProblemCodes.OutOfRange, "Points", -1_000_000, 1_000_000);
    }

    [Fact]
    public void Every_wrong_field_is_named()
    {
        ProblemAssert.Exactly(Validate(0, null), (ProblemCodes.NotZero, "Points"), (ProblemCodes.Required, "Reason"));
        ProblemAssert.Exactly(Validate(-10, "", 5), (ProblemCodes.PointsBelowZero, "Points"), (ProblemCodes.Required, "Reason"));
    }
}
