using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebateTrueUpRuleTests
{
    /// <summary>Quantity, retroactive: ¥10 a unit on every unit once 1,000 units are reached (the issue's example).</summary>
    private static readonly RebateScheme TenFrom1000 = new(RebateBasis.Quantity, RebateMode.Retroactive, RebateRateKind.AmountPerUnit,
        [new RebateTier(1_000m, 10m)], null);

    /// <summary>Quantity, retroactive: ¥10 a unit from 1,000 units, ¥12 from 2,000.</summary>
    private static readonly RebateScheme TwoTiers = new(RebateBasis.Quantity, RebateMode.Retroactive, RebateRateKind.AmountPerUnit,
        [new RebateTier(1_000m, 10m), new RebateTier(2_000m, 12m)], null);

    /// <summary>Quantity, incremental: ¥2 a unit from 0, ¥3 from 500 units, ¥3.50 from 1,000 units.</summary>
    private static readonly RebateScheme Bands = new(RebateBasis.Quantity, RebateMode.Incremental, RebateRateKind.AmountPerUnit,
        [new RebateTier(0m, 2m), new RebateTier(500m, 3m), new RebateTier(1_000m, 3.5m)], null);

    /// <summary>Net amount, retroactive: 2 % from 100,000.00, 3 % from 200,000.00, at most 5,000.00 a period.</summary>
    private static readonly RebateScheme CappedPercent = new(RebateBasis.NetAmount, RebateMode.Retroactive, RebateRateKind.Percent,
        [new RebateTier(100_000m, 2m), new RebateTier(200_000m, 3m)], 5_000m);

    /// <summary>Net amount, incremental: 1 % from 0, 2 % above 100,000.00, at most 2,500.00 a period.</summary>
    private static readonly RebateScheme CappedBands = new(RebateBasis.NetAmount, RebateMode.Incremental, RebateRateKind.Percent,
        [new RebateTier(0m, 1m), new RebateTier(100_000m, 2m)], 2_500m);

    private static RebateScheme Scheme(string name) => name switch
    {
        nameof(TenFrom1000) => TenFrom1000,
        nameof(TwoTiers) => TwoTiers,
        nameof(Bands) => Bands,
        nameof(CappedPercent) => CappedPercent,
        _ => CappedBands,
    };

    private static RebateBasisFigures Basis(RebateScheme scheme, decimal value) =>
        scheme.Basis == RebateBasis.Quantity ? new RebateBasisFigures(0m, value) : new RebateBasisFigures(value, 0m);

    public static TheoryData<string, decimal, decimal, decimal, RebateTrueUpKind, decimal> Table => new()
    {
        // scheme,        settled,     basis now,   recomputed, kind,                       difference
        // Retroactive, one tier: the issue's example. 1,575 units earned 1,575 × ¥10 = ¥15,750; 950 units reach no tier.
        { nameof(TenFrom1000), 15_750m, 950m,        0m,         RebateTrueUpKind.ClawBack, -15_750m },
        { nameof(TenFrom1000), 15_750m, 1_200m,      12_000m,    RebateTrueUpKind.ClawBack, -3_750m },  // tier kept: 375 units × ¥10
        { nameof(TenFrom1000), 15_750m, 1_600m,      16_000m,    RebateTrueUpKind.TopUp,    250m },     // 25 late units × ¥10
        { nameof(TenFrom1000), 0m,      1_000m,      10_000m,    RebateTrueUpKind.TopUp,    10_000m },  // tier gained at exactly 1,000
        { nameof(TenFrom1000), 0m,      999m,        0m,         RebateTrueUpKind.None,     0m },       // one unit short: still nothing
        { nameof(TenFrom1000), 15_750m, 1_575m,      15_750m,   RebateTrueUpKind.None,     0m },       // nothing changed
        { nameof(TenFrom1000), 16_000m, 950m,        0m,         RebateTrueUpKind.ClawBack, -16_000m }, // an earlier top-up is clawed back too
        { nameof(TenFrom1000), 15_750m, -20m,        0m,         RebateTrueUpKind.ClawBack, -15_750m }, // returns above purchases: never negative
        // Retroactive, two tiers: 2,100 × ¥12 = 25,200 settled; 1,900 × ¥10 = 19,000; 2,000 × ¥12 = 24,000.
        { nameof(TwoTiers),    25_200m, 1_900m,      19_000m,    RebateTrueUpKind.ClawBack, -6_200m },  // top tier lost, first kept
        { nameof(TwoTiers),    19_000m, 2_000m,      24_000m,    RebateTrueUpKind.TopUp,    5_000m },   // top tier gained on every unit
        // Incremental bands: 1,200 = 500 × 2 + 500 × 3 + 200 × 3.5 = 3,200; 950 = 1,000 + 450 × 3 = 2,350; 1,100 = 2,500 + 100 × 3.5 = 2,850.
        { nameof(Bands),       3_200m,  950m,        2_350m,     RebateTrueUpKind.ClawBack, -850m },    // only the lost bands come back
        { nameof(Bands),       2_350m,  1_100m,      2_850m,     RebateTrueUpKind.TopUp,    500m },     // 50 × 3 + 100 × 3.5
        { nameof(Bands),       800m,    0m,          0m,         RebateTrueUpKind.ClawBack, -800m },    // 400 × 2 settled, all returned
        // Retroactive with a cap of 5,000: 250,000 × 3 % = 7,500 was capped to 5,000.
        { nameof(CappedPercent), 5_000m, 210_000m,   5_000m,     RebateTrueUpKind.None,     0m },       // 6,300 is still over the cap
        { nameof(CappedPercent), 5_000m, 180_000m,   3_600m,     RebateTrueUpKind.ClawBack, -1_400m },  // 180,000 × 2 %
        { nameof(CappedPercent), 3_600m, 240_000m,   5_000m,     RebateTrueUpKind.TopUp,    1_400m },   // 7,200 capped: only up to the cap
        { nameof(CappedPercent), 2_000m, 100_000.49m, 2_000.01m, RebateTrueUpKind.TopUp,    0.01m },    // 2,000.0098 rounds to 2,000.01
        // Incremental with a cap of 2,500: 160,000 = 1,000 + 60,000 × 2 % = 2,200; 180,000 = 2,600 → 2,500.
        { nameof(CappedBands), 2_200m,  180_000m,    2_500m,     RebateTrueUpKind.TopUp,    300m },
        { nameof(CappedBands), 2_500m,  90_000m,     900m,       RebateTrueUpKind.ClawBack, -1_600m },  // second band lost: 90,000 × 1 %
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Difference_between_the_recomputed_and_the_settled_rebate(string scheme, decimal settled, decimal basisNow, decimal recomputed,
        RebateTrueUpKind kind, decimal difference)
    {
        var rules = Scheme(scheme);

        var trueUp = RebateTrueUpRule.Decide(rules, Basis(rules, basisNow), settled);

        Assert.Equal(recomputed, trueUp.Recomputed.Amount);
        Assert.Equal(kind, trueUp.Kind);
        Assert.Equal(difference, trueUp.Difference);
        Assert.Equal(Math.Abs(difference), trueUp.NoteAmount);
        Assert.Equal(settled, trueUp.Settled);
    }

    [Fact]
    public void The_issue_example_loses_the_tier_and_shows_the_basis_it_was_recomputed_on()
    {
        var trueUp = RebateTrueUpRule.Decide(TenFrom1000, new RebateBasisFigures(0m, 950m), 15_750m);

        Assert.Equal((950m, 0, (decimal?)null), (trueUp.Recomputed.Basis, trueUp.Recomputed.TierReached, trueUp.Recomputed.RateReached));
        Assert.Equal(15_750m, trueUp.NoteAmount);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.001)]
    public void What_was_settled_must_be_whole_cents_and_not_negative(double settled)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RebateTrueUpRule.Decide(TenFrom1000, new RebateBasisFigures(0m, 1m), (decimal)settled));
    }

    [Theory]
    [InlineData("2026-Q3", 1, "REB-EAST", -1234, "true-up of 2026-Q3 (v1) REB-EAST: \u2212¥1,234.00")]
    [InlineData("2026-10", 12, "R1", 0.5, "true-up of 2026-10 (v12) R1: +¥0.50")]
    public void A_reference_is_written_in_one_form_and_read_back(string period, int version, string code, double difference, string text)
    {
        var reference = new RebateTrueUpReference(period, version, code, (decimal)difference);

        Assert.Equal(text, reference.ToString());
        Assert.True(RebateTrueUpReference.TryParse(text, out var parsed));
        Assert.Equal(reference, parsed);
    }

    [Theory]
    [InlineData("REB-EAST v1 2026-Q3")]
    [InlineData("true-up of 2026-Q3 (v1) REB: ¥1.00")]
    [InlineData(null)]
    public void Other_references_are_not_read_as_true_ups(string? reference)
    {
        Assert.False(RebateTrueUpReference.TryParse(reference, out var parsed));
        Assert.Null(parsed);
    }
}
