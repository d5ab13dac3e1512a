using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

/// <summary>
/// Which sentence about the next tier is true, in both modes, with and without a cap. The issue's card said "¥10,000.00
/// more to reach 1% — but the cap of ¥2,000.00 is already reached" with ¥0.00 accrued: an incremental band adds nothing
/// at its own threshold, and the cap had nothing to do with it.
/// </summary>
public class NextTierGainTests
{
    /// <summary>Net amount, percent: 1 % from 10,000.00, 2 % from 50,000.00, 3 % from 100,000.00.</summary>
    private static RebateScheme Scheme(RebateMode mode, decimal? cap) =>
        new(RebateBasis.NetAmount, mode, RebateRateKind.Percent,
            [new RebateTier(10_000m, 1m), new RebateTier(50_000m, 2m), new RebateTier(100_000m, 3m)], cap);

    public static TheoryData<RebateMode, decimal?, decimal, decimal, decimal, decimal, decimal, NextTierGain> Cases => new()
    {
        // mode,                  cap,     basis,    amount now, more needed, at next, additional, gain
        // Retroactive, no cap: the next rate on the whole basis at the threshold.
        { RebateMode.Retroactive, null,    0m,       0m,         10_000m,     100.00m,   100.00m,    NextTierGain.Raises },             // 10,000 × 1 %
        { RebateMode.Retroactive, null,    30_000m,  300.00m,    20_000m,     1_000.00m, 700.00m,    NextTierGain.Raises },             // 50,000 × 2 % − 30,000 × 1 %
        { RebateMode.Retroactive, null,    80_000m,  1_600.00m,  20_000m,     3_000.00m, 1_400.00m,  NextTierGain.Raises },             // 100,000 × 3 % − 80,000 × 2 %
        // Retroactive with a cap: named only when it limits the gain.
        { RebateMode.Retroactive, 2_000m,  0m,       0m,         10_000m,     100.00m,   100.00m,    NextTierGain.Raises },             // 100 is far below the cap
        { RebateMode.Retroactive, 2_000m,  30_000m,  300.00m,    20_000m,     1_000.00m, 700.00m,    NextTierGain.Raises },
        { RebateMode.Retroactive, 2_000m,  80_000m,  1_600.00m,  20_000m,     2_000.00m, 400.00m,    NextTierGain.RaisesUpToCap },      // 3,000 capped to 2,000; 2,000 − 1,600
        { RebateMode.Retroactive, 2_000m,  99_000m,  1_980.00m,  1_000m,      2_000.00m, 20.00m,     NextTierGain.RaisesUpToCap },      // 99,000 × 2 % = 1,980; 3,000 capped
        { RebateMode.Retroactive, 1_500m,  80_000m,  1_500.00m,  20_000m,     1_500.00m, 0.00m,      NextTierGain.CapAlreadyReached },  // 1,600 capped to 1,500 already
        // Incremental, no cap: a band pays nothing at its own threshold, only beyond it.
        { RebateMode.Incremental, null,    0m,       0m,         10_000m,     0.00m,     0.00m,      NextTierGain.PaidAboveThreshold }, // the 1 % band is empty at 10,000
        { RebateMode.Incremental, null,    30_000m,  200.00m,    20_000m,     400.00m,   200.00m,    NextTierGain.Raises },             // 20,000 × 1 %; at 50,000: 40,000 × 1 %
        { RebateMode.Incremental, null,    80_000m,  1_000.00m,  20_000m,     1_400.00m, 400.00m,    NextTierGain.Raises },             // 400 + 30,000 × 2 %; at 100,000: 400 + 1,000
        // Incremental with a cap: the case first (nothing accrued, cap 2,000: the cap does not bind).
        { RebateMode.Incremental, 2_000m,  0m,       0m,         10_000m,     0.00m,     0.00m,      NextTierGain.PaidAboveThreshold },
        { RebateMode.Incremental, 2_000m,  80_000m,  1_000.00m,  20_000m,     1_400.00m, 400.00m,    NextTierGain.Raises },             // 1,400 is below the cap
        { RebateMode.Incremental, 1_200m,  80_000m,  1_000.00m,  20_000m,     1_200.00m, 200.00m,    NextTierGain.RaisesUpToCap },      // 1,400 capped to 1,200; 1,200 − 1,000
        { RebateMode.Incremental, 900m,    80_000m,  900.00m,    20_000m,     900.00m,   0.00m,      NextTierGain.CapAlreadyReached },  // 1,000 capped to 900 already
        { RebateMode.Incremental, 900m,    0m,       0m,         10_000m,     0.00m,     0.00m,      NextTierGain.PaidAboveThreshold }, // nothing earned yet: not the cap
        { RebateMode.Incremental, 1_000m,  80_000m,  1_000.00m,  20_000m,     1_000.00m, 0.00m,      NextTierGain.CapAlreadyReached },  // exactly at the cap counts
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_gain_of_the_next_tier_is_named_by_what_limits_it(
        RebateMode mode, decimal? cap, decimal basis, decimal amount, decimal moreNeeded, decimal atNext, decimal additional, NextTierGain gain)
    {
        var result = RebateCalculator.Calculate(Scheme(mode, cap), new RebateBasisFigures(basis, 0m));

        Assert.Equal(amount, result.Amount);
        Assert.Equal(new NextTierHint(moreNeeded, result.Next!.NextRate, atNext, additional, gain), result.Next);
    }

    [Fact]
    public void A_next_rate_lower_than_the_one_reached_is_not_called_a_gain()
    {
        // Retroactive 3 % from 0, 1 % from 100,000: 90,000 × 3 % = 2,700.00; at 100,000: 100,000 × 1 % = 1,000.00, 1,700 less.
        var scheme = new RebateScheme(RebateBasis.NetAmount, RebateMode.Retroactive, RebateRateKind.Percent,
            [new RebateTier(0m, 3m), new RebateTier(100_000m, 1m)], null);

        var next = RebateCalculator.Calculate(scheme, new RebateBasisFigures(90_000m, 0m)).Next;

        Assert.Equal(new NextTierHint(10_000m, 1m, 1_000.00m, -1_700.00m, NextTierGain.None), next);
    }

    [Theory]
    [InlineData(RebateMode.Incremental, "0", "0", NextTierGain.PaidAboveThreshold)]    // 50 units below the first band: nothing on the way
    [InlineData(RebateMode.Retroactive, "150.00", "150.00", NextTierGain.Raises)]      // 100 units × ¥1.50
    public void Per_unit_schemes_below_the_first_tier(RebateMode mode, string atNext, string additional, NextTierGain gain)
    {
        var scheme = new RebateScheme(RebateBasis.Quantity, mode, RebateRateKind.AmountPerUnit,
            [new RebateTier(100m, 1.5m), new RebateTier(500m, 2.5m)], 1_000m);

        var next = RebateCalculator.Calculate(scheme, new RebateBasisFigures(0m, 50m)).Next;

        Assert.Equal(new NextTierHint(50m, 1.5m, decimal.Parse(atNext, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(additional, System.Globalization.CultureInfo.InvariantCulture), gain), next);
    }
}
