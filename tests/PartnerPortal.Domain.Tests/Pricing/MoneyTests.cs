using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Tests.Pricing;

public class MoneyTests
{
    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 0.125m, 0.13m },     // midpoint goes up (banker's rounding would give 0.12)
        { 0.135m, 0.14m },
        { 2.345m, 2.35m },     // banker's: 2.34
        { 1.005m, 1.01m },     // exact in decimal, so really a midpoint; banker's: 1.00
        { 3018.585m, 3018.59m }, // banker's: 3018.58
        { 2.344m, 2.34m },
        { 2.3450001m, 2.35m },
        { 2.3449999m, 2.34m },
        { -0.125m, -0.13m },   // away from zero, also for refunds and credit notes
        { -2.345m, -2.35m },
        { 10m, 10.00m },
        { 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Round_keeps_two_decimals_and_rounds_midpoints_away_from_zero(decimal amount, decimal expected)
    {
        Assert.Equal(expected, Money.Round(amount));
    }

    [Fact]
    public void Money_has_two_decimals()
    {
        Assert.Equal(2, Money.Decimals);
    }
}
