using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebateCalculatorTests
{
    /// <summary>Net amount, percent: 1 % from 0, 2 % from 100,000.00, 3 % from 200,000.00.</summary>
    private static RebateScheme Percent(RebateMode mode, decimal? cap = null) =>
        new(RebateBasis.NetAmount, mode, RebateRateKind.Percent,
            [new RebateTier(0m, 1m), new RebateTier(100_000m, 2m), new RebateTier(200_000m, 3m)], cap);

    /// <summary>Net amount, percent, nothing below 50,000.00: 2 % from 50,000.00, 4 % from 150,000.00.</summary>
    private static RebateScheme PercentFrom50000(RebateMode mode) =>
        new(RebateBasis.NetAmount, mode, RebateRateKind.Percent,
            [new RebateTier(50_000m, 2m), new RebateTier(150_000m, 4m)], null);

    /// <summary>Quantity, yuan per unit: ¥2 from 0, ¥3 from 500 units, ¥3.50 from 1,000 units.</summary>
    private static RebateScheme PerUnit(RebateMode mode) =>
        new(RebateBasis.Quantity, mode, RebateRateKind.AmountPerUnit,
            [new RebateTier(0m, 2m), new RebateTier(500m, 3m), new RebateTier(1_000m, 3.5m)], null);

    private static RebateBasisFigures Net(decimal amount) => new(amount, 0m);

    private static RebateBasisFigures Units(decimal quantity) => new(0m, quantity);

    // ---- Retroactive, percent of net amount --------------------------------------------------

    public static TheoryData<decimal, int, decimal?, decimal> RetroactivePercent => new()
    {
        // basis,      tier, rate, amount
        { 161_800.00m, 2,    2m,   3_236.00m },  // 161,800 × 2 % = 3,236.00 on the whole basis
        { 100_000.00m, 2,    2m,   2_000.00m },  // threshold reached exactly: 100,000 × 2 %
        { 99_999.99m,  1,    1m,   1_000.00m },  // one cent short: 99,999.99 × 1 % = 999.9999 → 1,000.00
        { 200_000.00m, 3,    3m,   6_000.00m },  // top threshold exactly: 200,000 × 3 %
        { 199_999.99m, 2,    2m,   4_000.00m },  // 199,999.99 × 2 % = 3,999.9998 → 4,000.00
        { 250_000.00m, 3,    3m,   7_500.00m },  // 250,000 × 3 %
        { 12_345.50m,  1,    1m,   123.46m },    // 123.455 → 123.46
        { 12_344.50m,  1,    1m,   123.45m },    // 123.445 → 123.45 (banker's: 123.44)
        { 0.01m,       1,    1m,   0.00m },      // 0.0001 → 0.00
        { 0m,          0,    null, 0m },         // nothing bought: no tier, nothing earned
        { -5_000.00m,  0,    null, 0m },         // returns exceed purchases: never a negative rebate
    };

    [Theory]
    [MemberData(nameof(RetroactivePercent))]
    public void Retroactive_applies_the_reached_tiers_rate_to_the_whole_basis(decimal basis, int tier, decimal? rate, decimal amount)
    {
        var result = RebateCalculator.Calculate(Percent(RebateMode.Retroactive), Net(basis));

        Assert.Equal((basis, tier, rate, amount, false, amount), (result.Basis, result.TierReached, result.RateReached, result.Amount, result.Capped, result.UncappedAmount));
    }

    // ---- Incremental, percent of net amount --------------------------------------------------

    public static TheoryData<decimal, int, decimal?, decimal> IncrementalPercent => new()
    {
        // basis,      tier, rate, amount
        { 161_800.00m, 2,    2m,   2_236.00m },  // 100,000 × 1 % + 61,800 × 2 % = 1,000 + 1,236
        { 100_000.00m, 2,    2m,   1_000.00m },  // 100,000 × 1 % + 0 × 2 %
        { 99_999.99m,  1,    1m,   1_000.00m },  // 999.9999 → 1,000.00
        { 200_000.00m, 3,    3m,   3_000.00m },  // 1,000 + 100,000 × 2 % + 0 × 3 % = 1,000 + 2,000
        { 199_999.99m, 2,    2m,   3_000.00m },  // 1,000 + 99,999.99 × 2 % = 1,000 + 1,999.9998 = 2,999.9998 → 3,000.00
        { 250_000.00m, 3,    3m,   4_500.00m },  // 1,000 + 2,000 + 50,000 × 3 % = 1,000 + 2,000 + 1,500
        { 12_345.50m,  1,    1m,   123.46m },    // 123.455 → 123.46
        { 12_344.50m,  1,    1m,   123.45m },    // 123.445 → 123.45 (banker's: 123.44)
        { 0.01m,       1,    1m,   0.00m },
        { 0m,          0,    null, 0m },
        { -5_000.00m,  0,    null, 0m },
    };

    [Theory]
    [MemberData(nameof(IncrementalPercent))]
    public void Incremental_pays_each_band_at_its_own_rate(decimal basis, int tier, decimal? rate, decimal amount)
    {
        var result = RebateCalculator.Calculate(Percent(RebateMode.Incremental), Net(basis));

        Assert.Equal((basis, tier, rate, amount, false, amount), (result.Basis, result.TierReached, result.RateReached, result.Amount, result.Capped, result.UncappedAmount));
    }

    [Fact]
    public void Incremental_rounds_the_sum_of_the_bands_once()
    {
        // 1 % from 0, 2 % from 100.50; basis 150.75:
        // 100.50 × 1 % = 1.005 and 50.25 × 2 % = 1.005; 1.005 + 1.005 = 2.010 → 2.01.
        // Rounding each band first would give 1.01 + 1.01 = 2.02.
        var scheme = new RebateScheme(RebateBasis.NetAmount, RebateMode.Incremental, RebateRateKind.Percent,
            [new RebateTier(0m, 1m), new RebateTier(100.50m, 2m)], null);

        Assert.Equal(2.01m, RebateCalculator.Calculate(scheme, Net(150.75m)).Amount);
    }

    // ---- Next-tier hint ----------------------------------------------------------------------

    public static TheoryData<RebateMode, decimal, decimal, decimal, decimal, decimal, NextTierGain> Hints => new()
    {
        // mode,                  basis,       more needed, next rate, at next tier, additional, gain
        { RebateMode.Retroactive, 161_800.00m, 38_200.00m,  3m,        6_000.00m,    2_764.00m,  NextTierGain.Raises },  // 200,000 × 3 % = 6,000; 6,000 − 3,236
        { RebateMode.Retroactive, 50_000.00m,  50_000.00m,  2m,        2_000.00m,    1_500.00m,  NextTierGain.Raises },  // 100,000 × 2 % = 2,000; 2,000 − 500
        { RebateMode.Retroactive, 100_000.00m, 100_000.00m, 3m,        6_000.00m,    4_000.00m,  NextTierGain.Raises },  // 6,000 − 2,000
        { RebateMode.Retroactive, 99_999.99m,  0.01m,       2m,        2_000.00m,    1_000.00m,  NextTierGain.Raises },  // 2,000 − 1,000.00
        { RebateMode.Incremental, 161_800.00m, 38_200.00m,  3m,        3_000.00m,    764.00m,    NextTierGain.Raises },  // 1,000 + 2,000 = 3,000; 3,000 − 2,236
        { RebateMode.Incremental, 50_000.00m,  50_000.00m,  2m,        1_000.00m,    500.00m,    NextTierGain.Raises },  // 100,000 × 1 % = 1,000; 1,000 − 500
        { RebateMode.Incremental, 100_000.00m, 100_000.00m, 3m,        3_000.00m,    2_000.00m,  NextTierGain.Raises },  // 3,000 − 1,000
        // 1,000.00 − 1,000.00: the last cent earns 0.0001, nothing after rounding; the 2 % band starts above 100,000.
        { RebateMode.Incremental, 99_999.99m,  0.01m,       2m,        1_000.00m,    0.00m,      NextTierGain.PaidAboveThreshold },
    };

    [Theory]
    [MemberData(nameof(Hints))]
    public void Hint_tells_how_much_more_reaches_the_next_tier_and_what_it_is_worth(
        RebateMode mode, decimal basis, decimal moreNeeded, decimal nextRate, decimal atNextTier, decimal additional, NextTierGain gain)
    {
        var result = RebateCalculator.Calculate(Percent(mode), Net(basis));

        Assert.Equal(new NextTierHint(moreNeeded, nextRate, atNextTier, additional, gain), result.Next);
    }

    [Theory]
    [InlineData(RebateMode.Retroactive, "200000")]
    [InlineData(RebateMode.Retroactive, "250000")]
    [InlineData(RebateMode.Incremental, "200000")]
    [InlineData(RebateMode.Incremental, "250000")]
    public void No_hint_once_the_top_tier_is_reached(RebateMode mode, string basis)
    {
        var result = RebateCalculator.Calculate(Percent(mode), Net(D(basis)));

        Assert.Equal(3, result.TierReached);
        Assert.Null(result.Next);
    }

    [Theory]
    [InlineData(RebateMode.Retroactive)]
    [InlineData(RebateMode.Incremental)]
    public void The_issues_example_in_full(RebateMode mode)
    {
        // "¥38,200 more to reach 3 %": retroactive 161,800 × 2 % = 3,236.00, at 200,000 × 3 % = 6,000.00, +2,764.00;
        // incremental 1,000 + 1,236 = 2,236.00, at 200,000 1,000 + 2,000 = 3,000.00, +764.00.
        var expected = mode == RebateMode.Retroactive
            ? new RebateResult(161_800m, 2, 2m, 3_236.00m, false, 3_236.00m, new NextTierHint(38_200m, 3m, 6_000.00m, 2_764.00m, NextTierGain.Raises))
            : new RebateResult(161_800m, 2, 2m, 2_236.00m, false, 2_236.00m, new NextTierHint(38_200m, 3m, 3_000.00m, 764.00m, NextTierGain.Raises));

        Assert.Equal(expected, RebateCalculator.Calculate(Percent(mode), new RebateBasisFigures(161_800m, 740m)));
    }

    [Theory]
    [InlineData(RebateMode.Retroactive)]
    [InlineData(RebateMode.Incremental)]
    public void Zero_and_negative_bases_earn_nothing_and_point_at_the_first_tier(RebateMode mode)
    {
        // The first tier starts at 0, which a basis of 0 or less does not reach: the hint names it, and since a
        // basis of exactly 0 still earns nothing, it is worth nothing yet. −5,000 needs 0 − (−5,000) = 5,000 more.
        Assert.Equal(new RebateResult(0m, 0, null, 0m, false, 0m, new NextTierHint(0m, 1m, 0m, 0m, NextTierGain.PaidAboveThreshold)),
            RebateCalculator.Calculate(Percent(mode), Net(0m)));
        Assert.Equal(new RebateResult(-5_000m, 0, null, 0m, false, 0m, new NextTierHint(5_000m, 1m, 0m, 0m, NextTierGain.PaidAboveThreshold)),
            RebateCalculator.Calculate(Percent(mode), Net(-5_000m)));
    }

    // ---- First threshold above zero ----------------------------------------------------------

    public static TheoryData<RebateMode, decimal, int, decimal?, decimal> FromFiftyThousand => new()
    {
        // mode,                  basis,       tier, rate, amount
        { RebateMode.Retroactive, 49_999.99m,  0,    null, 0m },         // below the first threshold: nothing
        { RebateMode.Retroactive, 50_000.00m,  1,    2m,   1_000.00m },  // 50,000 × 2 %
        { RebateMode.Retroactive, 80_000.00m,  1,    2m,   1_600.00m },  // 80,000 × 2 % on the whole basis
        { RebateMode.Retroactive, 150_000.00m, 2,    4m,   6_000.00m },  // 150,000 × 4 %
        { RebateMode.Retroactive, -5_000.00m,  0,    null, 0m },
        { RebateMode.Incremental, 49_999.99m,  0,    null, 0m },
        { RebateMode.Incremental, 50_000.00m,  1,    2m,   0.00m },      // 0 × 2 %: the part below 50,000 earns nothing
        { RebateMode.Incremental, 80_000.00m,  1,    2m,   600.00m },    // (80,000 − 50,000) × 2 %
        { RebateMode.Incremental, 150_000.00m, 2,    4m,   2_000.00m },  // 100,000 × 2 % + 0 × 4 %
        { RebateMode.Incremental, 200_000.00m, 2,    4m,   4_000.00m },  // 100,000 × 2 % + 50,000 × 4 % = 2,000 + 2,000
        { RebateMode.Incremental, -5_000.00m,  0,    null, 0m },
    };

    [Theory]
    [MemberData(nameof(FromFiftyThousand))]
    public void A_basis_below_the_first_threshold_earns_nothing(RebateMode mode, decimal basis, int tier, decimal? rate, decimal amount)
    {
        var result = RebateCalculator.Calculate(PercentFrom50000(mode), Net(basis));

        Assert.Equal((tier, rate, amount), (result.TierReached, result.RateReached, result.Amount));
    }

    public static TheoryData<RebateMode, decimal, decimal, decimal, decimal, NextTierGain> HintsFromFiftyThousand => new()
    {
        // mode,                  basis,      more needed, at next tier, additional, gain
        { RebateMode.Retroactive, 49_999.99m, 0.01m,       1_000.00m,    1_000.00m,  NextTierGain.Raises },              // 50,000 × 2 %
        { RebateMode.Retroactive, -5_000.00m, 55_000.00m,  1_000.00m,    1_000.00m,  NextTierGain.Raises },              // 50,000 − (−5,000)
        { RebateMode.Incremental, 49_999.99m, 0.01m,       0.00m,        0.00m,      NextTierGain.PaidAboveThreshold },  // at 50,000 the band above it is still empty
        { RebateMode.Incremental, -5_000.00m, 55_000.00m,  0.00m,        0.00m,      NextTierGain.PaidAboveThreshold },
    };

    [Theory]
    [MemberData(nameof(HintsFromFiftyThousand))]
    public void Below_the_first_threshold_the_hint_points_at_it(
        RebateMode mode, decimal basis, decimal moreNeeded, decimal atNextTier, decimal additional, NextTierGain gain)
    {
        var result = RebateCalculator.Calculate(PercentFrom50000(mode), Net(basis));

        Assert.Equal(new NextTierHint(moreNeeded, 2m, atNextTier, additional, gain), result.Next);
    }

    // ---- Quantity, yuan per unit -------------------------------------------------------------

    public static TheoryData<RebateMode, decimal, int, decimal?, decimal> PerUnitAmounts => new()
    {
        // mode,                  units,  tier, rate, amount
        { RebateMode.Retroactive, 640m,   2,    3m,   1_920.00m },  // 640 × ¥3
        { RebateMode.Retroactive, 500m,   2,    3m,   1_500.00m },  // 500 × ¥3, reached exactly
        { RebateMode.Retroactive, 499m,   1,    2m,   998.00m },    // 499 × ¥2
        { RebateMode.Retroactive, 1_000m, 3,    3.5m, 3_500.00m },  // 1,000 × ¥3.50
        { RebateMode.Retroactive, 0m,     0,    null, 0m },
        { RebateMode.Retroactive, -20m,   0,    null, 0m },         // more units returned than bought
        { RebateMode.Incremental, 640m,   2,    3m,   1_420.00m },  // 500 × ¥2 + 140 × ¥3 = 1,000 + 420
        { RebateMode.Incremental, 500m,   2,    3m,   1_000.00m },  // 500 × ¥2 + 0 × ¥3
        { RebateMode.Incremental, 499m,   1,    2m,   998.00m },
        { RebateMode.Incremental, 1_000m, 3,    3.5m, 2_500.00m },  // 500 × ¥2 + 500 × ¥3 = 1,000 + 1,500
        { RebateMode.Incremental, 1_200m, 3,    3.5m, 3_200.00m },  // 1,000 + 1,500 + 200 × ¥3.50 = 2,500 + 700
        { RebateMode.Incremental, -20m,   0,    null, 0m },
    };

    [Theory]
    [MemberData(nameof(PerUnitAmounts))]
    public void Quantity_basis_pays_yuan_per_unit(RebateMode mode, decimal units, int tier, decimal? rate, decimal amount)
    {
        var result = RebateCalculator.Calculate(PerUnit(mode), Units(units));

        Assert.Equal((units, tier, rate, amount), (result.Basis, result.TierReached, result.RateReached, result.Amount));
    }

    [Theory]
    [InlineData(RebateMode.Retroactive, "3500.00", "1580.00")]  // 1,000 × ¥3.50 = 3,500; 3,500 − 1,920
    [InlineData(RebateMode.Incremental, "2500.00", "1080.00")]  // 1,000 + 1,500 = 2,500; 2,500 − 1,420
    public void Quantity_hint_counts_units(RebateMode mode, string atNextTier, string additional)
    {
        var result = RebateCalculator.Calculate(PerUnit(mode), Units(640m));

        Assert.Equal(new NextTierHint(360m, 3.5m, D(atNextTier), D(additional), NextTierGain.Raises), result.Next);  // 1,000 − 640 units
    }

    [Theory]
    [InlineData(RebateMode.Retroactive, "1920.00")]  // 640 × ¥3
    [InlineData(RebateMode.Incremental, "1420.00")]  // 500 × ¥2 + 140 × ¥3
    public void The_issues_quantity_example_reaches_its_top_tier(RebateMode mode, string amount)
    {
        var scheme = new RebateScheme(RebateBasis.Quantity, mode, RebateRateKind.AmountPerUnit,
            [new RebateTier(0m, 2m), new RebateTier(500m, 3m)], null);

        Assert.Equal(new RebateResult(640m, 2, 3m, D(amount), false, D(amount), null),
            RebateCalculator.Calculate(scheme, new RebateBasisFigures(128_000m, 640m)));
    }

    [Fact]
    public void Per_unit_amounts_are_rounded_half_away_from_zero()
    {
        // 1 unit × ¥0.125 = 0.125 → 0.13 (banker's: 0.12); 3 units × ¥0.125 = 0.375 → 0.38.
        var scheme = new RebateScheme(RebateBasis.Quantity, RebateMode.Retroactive, RebateRateKind.AmountPerUnit,
            [new RebateTier(0m, 0.125m)], null);

        Assert.Equal(0.13m, RebateCalculator.Calculate(scheme, Units(1m)).Amount);
        Assert.Equal(0.38m, RebateCalculator.Calculate(scheme, Units(3m)).Amount);
    }

    [Fact]
    public void Each_basis_reads_only_its_own_figure()
    {
        var figures = new RebateBasisFigures(NetAmount: 161_800m, Quantity: 640m);

        Assert.Equal(161_800m, RebateCalculator.Calculate(Percent(RebateMode.Retroactive), figures).Basis);
        Assert.Equal(640m, RebateCalculator.Calculate(PerUnit(RebateMode.Retroactive), figures).Basis);
    }

    // ---- Cap ---------------------------------------------------------------------------------

    [Fact]
    public void Cap_cuts_the_retroactive_amount_and_keeps_the_uncapped_figure()
    {
        // 161,800 × 2 % = 3,236.00 > cap 2,500.00. At 200,000: 6,000.00, capped to 2,500.00, so +0.00.
        var result = RebateCalculator.Calculate(Percent(RebateMode.Retroactive, cap: 2_500m), Net(161_800m));

        Assert.Equal(new RebateResult(161_800m, 2, 2m, 2_500.00m, true, 3_236.00m, new NextTierHint(38_200m, 3m, 2_500.00m, 0.00m, NextTierGain.CapAlreadyReached)), result);
    }

    [Fact]
    public void Cap_applies_to_the_next_tier_hint_even_when_the_amount_is_below_it()
    {
        // Incremental 2,236.00 ≤ cap 2,500.00: not capped. At 200,000: 3,000.00, capped to 2,500.00; 2,500 − 2,236 = 264.00.
        var result = RebateCalculator.Calculate(Percent(RebateMode.Incremental, cap: 2_500m), Net(161_800m));

        Assert.Equal(new RebateResult(161_800m, 2, 2m, 2_236.00m, false, 2_236.00m, new NextTierHint(38_200m, 3m, 2_500.00m, 264.00m, NextTierGain.RaisesUpToCap)), result);
    }

    [Theory]
    [InlineData(RebateMode.Retroactive, "7500.00")]  // 250,000 × 3 %
    [InlineData(RebateMode.Incremental, "4500.00")]  // 1,000 + 2,000 + 1,500
    public void Cap_at_the_top_tier(RebateMode mode, string uncapped)
    {
        var result = RebateCalculator.Calculate(Percent(mode, cap: 2_500m), Net(250_000m));

        Assert.Equal(new RebateResult(250_000m, 3, 3m, 2_500.00m, true, D(uncapped), null), result);
    }

    [Fact]
    public void An_amount_exactly_at_the_cap_is_not_capped()
    {
        var result = RebateCalculator.Calculate(Percent(RebateMode.Retroactive, cap: 3_236m), Net(161_800m));

        Assert.Equal((3_236.00m, false, 3_236.00m), (result.Amount, result.Capped, result.UncappedAmount));
    }

    [Fact]
    public void Cap_does_not_touch_a_basis_that_earns_nothing()
    {
        var result = RebateCalculator.Calculate(Percent(RebateMode.Retroactive, cap: 2_500m), Net(-5_000m));

        Assert.Equal((0m, false, 0m), (result.Amount, result.Capped, result.UncappedAmount));
    }

    // ---- Guards ------------------------------------------------------------------------------

    [Fact]
    public void An_invalid_scheme_is_refused()
    {
        var scheme = Percent(RebateMode.Retroactive) with { Tiers = [new RebateTier(100_000m, 2m), new RebateTier(0m, 1m)] };

        Assert.Throws<ArgumentException>(() => RebateCalculator.Calculate(scheme, Net(161_800m)));
    }

    [Fact]
    public void Missing_inputs_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => RebateCalculator.Calculate(null!, Net(1m)));
        Assert.Throws<ArgumentNullException>(() => RebateCalculator.Calculate(Percent(RebateMode.Retroactive), null!));
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
