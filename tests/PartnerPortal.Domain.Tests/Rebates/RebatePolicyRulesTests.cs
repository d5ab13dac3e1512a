using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebatePolicyRulesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static RebatePolicyDraft Draft() => new(
        "2027 华东季度返利", RebatePeriodType.Quarter, D("2027-01-01"), D("2027-12-31"),
        RebateBasis.NetAmount, RebateMode.Retroactive,
        [new RebateTier(100_000m, 1m), new RebateTier(300_000m, 2m)], null, false,
        [1], RebatePartnerTarget.Regions, [], [], RebateProductTarget.All, [], []);

    [Fact]
    public void A_complete_draft_is_valid()
    {
        ProblemAssert.None(RebatePolicyRules.Validate(Draft()));
    }

    [Fact]
    public void The_rate_kind_follows_the_basis()
    {
        Assert.Equal(RebateRateKind.Percent, Draft().RateKind);
        Assert.Equal(RebateRateKind.AmountPerUnit, (Draft() with { Basis = RebateBasis.Quantity }).RateKind);
    }

    [Fact]
    public void A_name_is_required()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { Name = " " }), ProblemCodes.Required, "Name");
    }

    [Fact]
    public void The_start_must_be_the_first_day_of_a_period()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { StartsOn = D("2027-02-01") }), ProblemCodes.NotPeriodStart, "StartsOn");
    }

    [Fact]
    public void The_end_must_be_the_last_day_of_a_period()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { EndsOn = D("2027-11-30") }), ProblemCodes.NotPeriodEnd, "EndsOn");
    }

    [Fact]
    public void Month_boundaries_are_enough_for_a_monthly_policy()
    {
        ProblemAssert.None(RebatePolicyRules.Validate(Draft() with
        {
            PeriodType = RebatePeriodType.Month, StartsOn = D("2027-02-01"), EndsOn = D("2027-02-28"),
        }));
    }

    [Fact]
    public void The_end_cannot_come_before_the_start()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { StartsOn = D("2027-04-01"), EndsOn = D("2027-03-31") }),
            ProblemCodes.EndBeforeStart, "EndsOn");
    }

    [Fact]
    public void At_least_one_region_is_required()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { RegionIds = [] }), ProblemCodes.Required, "RegionIds");
    }

    [Fact]
    public void A_tier_target_needs_tiers_and_a_partner_target_needs_partners()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { PartnerTarget = RebatePartnerTarget.Tiers }),
            ProblemCodes.Required, "PartnerTiers");
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { PartnerTarget = RebatePartnerTarget.Partners }),
            ProblemCodes.Required, "PartnerIds");
        ProblemAssert.None(RebatePolicyRules.Validate(Draft() with
        {
            PartnerTarget = RebatePartnerTarget.Tiers, PartnerTiers = [PartnerTier.Strategic],
        }));
    }

    [Fact]
    public void A_category_or_product_target_needs_a_selection()
    {
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { ProductTarget = RebateProductTarget.Categories }),
            ProblemCodes.Required, "CategoryIds");
        ProblemAssert.Single(RebatePolicyRules.Validate(Draft() with { ProductTarget = RebateProductTarget.Products }),
            ProblemCodes.Required, "ProductIds");
    }

    [Fact]
    public void The_tier_rules_apply_to_the_draft()
    {
        var problems = RebatePolicyRules.Validate(Draft() with { Tiers = [new RebateTier(300_000m, 1m), new RebateTier(300_000m, 2m)] });

        ProblemAssert.Single(problems, ProblemCodes.ThresholdsNotIncreasing, "Tiers[1].Threshold");
    }

    private static PolicyCoverage Coverage(string start, string end, int[] partners, int[] products, bool stackable = false) =>
        new(D(start), D(end), stackable, partners.ToHashSet(), products.ToHashSet());

    [Fact]
    public void Policies_sharing_days_partners_and_products_conflict()
    {
        Assert.True(RebatePolicyRules.Conflict(
            Coverage("2027-01-01", "2027-12-31", [1, 2], [10, 11]),
            Coverage("2027-12-01", "2027-12-31", [2, 3], [11])));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_stackable_policy_may_overlap(bool firstStackable, bool secondStackable)
    {
        Assert.False(RebatePolicyRules.Conflict(
            Coverage("2027-01-01", "2027-12-31", [1], [10], firstStackable),
            Coverage("2027-01-01", "2027-12-31", [1], [10], secondStackable)));
    }

    [Fact]
    public void Policies_one_after_the_other_do_not_conflict()
    {
        Assert.False(RebatePolicyRules.Conflict(
            Coverage("2027-01-01", "2027-03-31", [1], [10]),
            Coverage("2027-04-01", "2027-06-30", [1], [10])));
    }

    [Fact]
    public void Disjoint_partners_or_products_do_not_conflict()
    {
        Assert.False(RebatePolicyRules.Conflict(Coverage("2027-01-01", "2027-12-31", [1], [10]), Coverage("2027-01-01", "2027-12-31", [2], [10])));
        Assert.False(RebatePolicyRules.Conflict(Coverage("2027-01-01", "2027-12-31", [1], [10]), Coverage("2027-01-01", "2027-12-31", [1], [11])));
    }
}
