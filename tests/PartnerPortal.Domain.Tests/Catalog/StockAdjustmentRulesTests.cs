using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Catalog;

public class StockAdjustmentRulesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(-1_000_000)]
    public void A_non_zero_change_with_a_reason_is_accepted(int delta)
    {
        ProblemAssert.None(StockAdjustmentRules.Validate(delta, "盘点差异"));
    }

    [Fact]
    public void A_change_of_zero_is_refused()
    {
        ProblemAssert.Single(StockAdjustmentRules.Validate(0, "盘点"), ProblemCodes.NotZero, "Delta");
    }

    [Theory]
    [InlineData(1_000_001)]
    [InlineData(-1_000_001)]
    public void A_change_beyond_a_million_is_out_of_range(int delta)
    {
        ProblemAssert.Single(StockAdjustmentRules.Validate(delta, "盘点"), ProblemCodes.OutOfRange, "Delta", -1_000_000, 1_000_000);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_reason_is_required(string? reason)
    {
        ProblemAssert.Single(StockAdjustmentRules.Validate(5, reason), ProblemCodes.Required, "Reason");
    }

    [Fact]
    public void A_reason_of_200_characters_is_allowed_and_201_is_too_long()
    {
        ProblemAssert.None(StockAdjustmentRules.Validate(5, new string('损', 200)));
        ProblemAssert.Single(StockAdjustmentRules.Validate(5, new string('损', 201)), ProblemCodes.TooLong, "Reason", 200);
    }

    [Theory]
    [InlineData(10, 0, 5)]     // 15
    [InlineData(10, 4, -6)]    // 4 left, exactly what is reserved
    [InlineData(10, 0, -10)]   // down to zero
    [InlineData(0, 0, 7)]      // first stock
    public void Changes_that_keep_on_hand_at_or_above_reserved_pass(int onHand, int reserved, int delta)
    {
        Assert.Null(StockAdjustmentRules.Check("AC-1001", onHand, reserved, delta));
    }

    [Fact]
    public void Going_below_what_is_reserved_names_the_figures()
    {
        // 10 on hand, 4 reserved: writing off 7 would leave 3, one short of the 4 promised to orders.
        var problem = StockAdjustmentRules.Check("AC-1001", 10, 4, -7);

        Assert.NotNull(problem);
        ProblemAssert.Single([problem], ProblemCodes.StockBelowReserved, "Delta", "AC-1001", 10, 3, 4);
    }

    [Fact]
    public void Going_below_zero_names_the_figures()
    {
        // 10 on hand, nothing reserved: writing off 12 would leave -2.
        var problem = StockAdjustmentRules.Check("REF-2001", 10, 0, -12);

        Assert.NotNull(problem);
        ProblemAssert.Single([problem], ProblemCodes.StockBelowZero, "Delta", "REF-2001", 10, -2);
    }

    [Fact]
    public void Going_below_zero_is_reported_before_the_reservation()
    {
        var problem = StockAdjustmentRules.Check("REF-2001", 3, 2, -5);

        Assert.Equal(ProblemCodes.StockBelowZero, problem?.Code);
        Assert.Equal(["REF-2001", 3, -2], problem!.Args);
    }
}
