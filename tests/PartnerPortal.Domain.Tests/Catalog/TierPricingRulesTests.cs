using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Catalog;

public class TierPricingRulesTests
{
    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("12.00")]
    [InlineData("8.5")]
    [InlineData("99.99")]
    [InlineData("100")]
    public void Discounts_from_0_to_100_with_two_decimals_are_accepted(string percent)
    {
        ProblemAssert.None(TierPricingRules.ValidateDiscounts([new TierDiscountDraft(PartnerTier.Core, D(percent))]));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    [InlineData("250")]
    public void Discounts_outside_0_to_100_are_out_of_range(string percent)
    {
        var problems = TierPricingRules.ValidateDiscounts([new TierDiscountDraft(PartnerTier.Strategic, D(percent))]);

        ProblemAssert.Single(problems, ProblemCodes.OutOfRange, "StrategicDiscount", 0m, 100m);
    }

    [Theory]
    [InlineData("8.125")]
    [InlineData("0.001")]
    public void Discounts_with_more_than_two_decimals_are_refused(string percent)
    {
        var problems = TierPricingRules.ValidateDiscounts([new TierDiscountDraft(PartnerTier.Standard, D(percent))]);

        ProblemAssert.Single(problems, ProblemCodes.TooManyDecimals, "StandardDiscount", 2);
    }

    [Fact]
    public void Each_wrong_tier_is_named_and_right_ones_are_not()
    {
        var problems = TierPricingRules.ValidateDiscounts(
        [
            new TierDiscountDraft(PartnerTier.Strategic, 12m),
            new TierDiscountDraft(PartnerTier.Core, 101m),
            new TierDiscountDraft(PartnerTier.Standard, -3m),
        ]);

        ProblemAssert.Exactly(problems, (ProblemCodes.OutOfRange, "CoreDiscount"), (ProblemCodes.OutOfRange, "StandardDiscount"));
    }

    [Fact]
    public void The_same_tier_twice_is_a_duplicate()
    {
        var problems = TierPricingRules.ValidateDiscounts([new TierDiscountDraft(PartnerTier.Core, 8m), new TierDiscountDraft(PartnerTier.Core, 9m)]);

        ProblemAssert.Single(problems, ProblemCodes.Duplicate, "CoreDiscount", "Core");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2803.00")]
    [InlineData("99999999.99")]
    public void Explicit_prices_of_zero_or_more_in_cents_are_accepted(string price)
    {
        ProblemAssert.None(TierPricingRules.ValidatePrice(new TierPriceDraft(PartnerTier.Core, 7, D(price)), productExists: true));
    }

    [Theory]
    [InlineData("-1", "Problem.NegativeAmount")]
    [InlineData("2803.001", "Problem.TooManyDecimals")]
    [InlineData("100000000", "Problem.OutOfRange")]
    public void Wrong_explicit_prices_are_refused(string price, string problem)
    {
        var problems = TierPricingRules.ValidatePrice(new TierPriceDraft(PartnerTier.Core, 7, D(price)), productExists: true);

        Assert.Equal((problem, "Price"), Assert.Single(problems.Select(p => (p.Code, p.Field))));
    }

    [Fact]
    public void An_explicit_price_needs_an_existing_product()
    {
        ProblemAssert.Single(TierPricingRules.ValidatePrice(new TierPriceDraft(PartnerTier.Core, 0, 1m), productExists: false),
            ProblemCodes.Required, "ProductId");
        ProblemAssert.Single(TierPricingRules.ValidatePrice(new TierPriceDraft(PartnerTier.Core, 7, 1m), productExists: false),
            ProblemCodes.NotFound, "ProductId");
    }

    [Fact]
    public void An_undefined_tier_is_not_found()
    {
        ProblemAssert.Single(TierPricingRules.ValidatePrice(new TierPriceDraft((PartnerTier)9, 7, 1m), productExists: true),
            ProblemCodes.NotFound, "Tier");
        ProblemAssert.Single(TierPricingRules.ValidateDiscounts([new TierDiscountDraft((PartnerTier)9, 1m)]), ProblemCodes.NotFound, "Tier");
    }
}
