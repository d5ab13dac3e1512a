using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebateSchemeRulesTests
{
    private static RebateScheme Scheme(
        RebateTier[]? tiers = null,
        RebateBasis basis = RebateBasis.NetAmount,
        RebateRateKind rateKind = RebateRateKind.Percent,
        decimal? cap = null) =>
        new(basis, RebateMode.Retroactive, rateKind,
            tiers ?? [new RebateTier(0m, 1m), new RebateTier(100_000m, 2m), new RebateTier(200_000m, 3m)], cap);

    [Theory]
    [InlineData(RebateMode.Retroactive)]
    [InlineData(RebateMode.Incremental)]
    public void A_percent_scheme_on_net_amount_with_increasing_thresholds_is_valid(RebateMode mode)
    {
        ProblemAssert.None(RebateSchemeRules.Validate(Scheme() with { Mode = mode }));
    }

    [Fact]
    public void An_amount_per_unit_on_quantity_is_valid_and_has_no_upper_limit()
    {
        var scheme = Scheme([new RebateTier(0m, 2m), new RebateTier(500m, 250m)], RebateBasis.Quantity, RebateRateKind.AmountPerUnit);

        ProblemAssert.None(RebateSchemeRules.Validate(scheme));
    }

    [Fact]
    public void A_single_tier_above_zero_is_valid()
    {
        ProblemAssert.None(RebateSchemeRules.Validate(Scheme([new RebateTier(50_000m, 2m)])));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("100")]
    public void Percent_rates_from_0_to_100_are_valid(string rate)
    {
        ProblemAssert.None(RebateSchemeRules.Validate(Scheme([new RebateTier(0m, D(rate))])));
    }

    [Fact]
    public void A_scheme_without_tiers_needs_one()
    {
        ProblemAssert.Single(RebateSchemeRules.Validate(Scheme([])), ProblemCodes.Required, "Tiers");
        ProblemAssert.Single(RebateSchemeRules.Validate(Scheme() with { Tiers = null! }), ProblemCodes.Required, "Tiers");
    }

    public static TheoryData<decimal[], string> NotIncreasing => new()
    {
        { [0m, 100_000m, 100_000m], "Tiers[2].Threshold" },   // equal to the one before
        { [0m, 200_000m, 100_000m], "Tiers[2].Threshold" },   // lower than the one before
        { [100_000m, 0m, 200_000m], "Tiers[1].Threshold" },   // 200,000 > 0 is increasing again, so only tier 1
        { [0m, 0m], "Tiers[1].Threshold" },
    };

    [Theory]
    [MemberData(nameof(NotIncreasing))]
    public void Thresholds_must_be_strictly_increasing(decimal[] thresholds, string field)
    {
        var problems = RebateSchemeRules.Validate(Scheme(thresholds.Select(t => new RebateTier(t, 1m)).ToArray()));

        ProblemAssert.Single(problems, ProblemCodes.ThresholdsNotIncreasing, field);
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var problems = RebateSchemeRules.Validate(Scheme([new RebateTier(-0.01m, 1m), new RebateTier(100m, 2m)]));

        ProblemAssert.Single(problems, ProblemCodes.NegativeAmount, "Tiers[0].Threshold");
    }

    [Fact]
    public void A_negative_threshold_after_a_higher_one_is_named_once_as_negative()
    {
        var problems = RebateSchemeRules.Validate(Scheme([new RebateTier(0m, 1m), new RebateTier(-5m, 2m)]));

        ProblemAssert.Single(problems, ProblemCodes.NegativeAmount, "Tiers[1].Threshold");
    }

    [Theory]
    [InlineData(RebateBasis.NetAmount, RebateRateKind.Percent)]
    [InlineData(RebateBasis.Quantity, RebateRateKind.AmountPerUnit)]
    public void A_negative_rate_is_refused(RebateBasis basis, RebateRateKind rateKind)
    {
        var problems = RebateSchemeRules.Validate(Scheme([new RebateTier(0m, 1m), new RebateTier(500m, -0.01m)], basis, rateKind));

        ProblemAssert.Single(problems, ProblemCodes.NegativeAmount, "Tiers[1].Rate");
    }

    [Theory]
    [InlineData("100.01")]
    [InlineData("250")]
    public void A_percent_rate_above_100_is_out_of_range(string rate)
    {
        var problems = RebateSchemeRules.Validate(Scheme([new RebateTier(0m, 1m), new RebateTier(500m, D(rate))]));

        ProblemAssert.Single(problems, ProblemCodes.OutOfRange, "Tiers[1].Rate", 0m, 100m);
    }

    [Fact]
    public void An_amount_per_unit_needs_the_quantity_basis()
    {
        var problems = RebateSchemeRules.Validate(Scheme(rateKind: RebateRateKind.AmountPerUnit));

        ProblemAssert.Single(problems, ProblemCodes.RateKindNeedsQuantity, "RateKind");
    }

    [Fact]
    public void A_percent_needs_the_amount_basis()
    {
        var problems = RebateSchemeRules.Validate(Scheme([new RebateTier(0m, 2m)], RebateBasis.Quantity, RebateRateKind.Percent));

        ProblemAssert.Single(problems, ProblemCodes.RateKindNeedsAmount, "RateKind");
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("2500")]
    public void A_positive_cap_is_valid(string cap)
    {
        ProblemAssert.None(RebateSchemeRules.Validate(Scheme(cap: D(cap))));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2500")]
    public void A_cap_must_be_more_than_zero(string cap)
    {
        ProblemAssert.Single(RebateSchemeRules.Validate(Scheme(cap: D(cap))), ProblemCodes.AmountNotPositive, "CapPerPeriod");
    }

    [Theory]
    [InlineData("2500.005")]
    [InlineData("0.001")]
    public void A_cap_is_in_whole_fen(string cap)
    {
        ProblemAssert.Single(RebateSchemeRules.Validate(Scheme(cap: D(cap))), ProblemCodes.TooManyDecimals, "CapPerPeriod", 2);
    }

    [Fact]
    public void Every_wrong_field_is_named()
    {
        var problems = RebateSchemeRules.Validate(Scheme(
            [new RebateTier(-1m, 1m), new RebateTier(100m, -2m), new RebateTier(100m, 101m)],
            cap: 0m));

        ProblemAssert.Exactly(problems,
            (ProblemCodes.NegativeAmount, "Tiers[0].Threshold"),
            (ProblemCodes.NegativeAmount, "Tiers[1].Rate"),
            (ProblemCodes.ThresholdsNotIncreasing, "Tiers[2].Threshold"),
            (ProblemCodes.OutOfRange, "Tiers[2].Rate"),
            (ProblemCodes.AmountNotPositive, "CapPerPeriod"));
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
