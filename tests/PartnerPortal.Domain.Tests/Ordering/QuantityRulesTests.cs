using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Ordering;

public class QuantityRulesTests
{
    /// <summary>At least 10, in cartons of 5.</summary>
    private static readonly QuantityRule TenInFives = new(MinOrderQuantity: 10, OrderMultiple: 5, IsActive: true);

    [Theory]
    [InlineData(10)]    // exactly the minimum
    [InlineData(15)]
    [InlineData(100)]
    public void Quantity_at_or_above_the_minimum_in_the_multiple_has_no_problems(int quantity)
    {
        ProblemAssert.None(QuantityRules.Check(quantity, TenInFives));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Product_without_minimum_or_multiple_takes_any_positive_quantity(int quantity)
    {
        ProblemAssert.None(QuantityRules.Check(quantity, new QuantityRule(1, 1, IsActive: true)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, -3)]
    [InlineData(-1, 0)]
    public void Minimum_and_multiple_below_one_set_no_constraint(int minimum, int multiple)
    {
        ProblemAssert.None(QuantityRules.Check(7, new QuantityRule(minimum, multiple, IsActive: true)));
    }

    [Theory]
    [InlineData(5)]     // a multiple of 5, but under 10
    public void Quantity_below_the_minimum_names_the_minimum(int quantity)
    {
        ProblemAssert.Single(QuantityRules.Check(quantity, TenInFives), ProblemCodes.BelowMinimumQuantity, "Quantity", 10);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(101)]
    public void Quantity_not_in_the_multiple_names_the_multiple(int quantity)
    {
        ProblemAssert.Single(QuantityRules.Check(quantity, TenInFives), ProblemCodes.NotAMultiple, "Quantity", 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(9)]
    public void Quantity_below_the_minimum_and_not_in_the_multiple_gets_both_problems(int quantity)
    {
        var problems = QuantityRules.Check(quantity, TenInFives);

        ProblemAssert.Exactly(problems,
            (ProblemCodes.BelowMinimumQuantity, "Quantity"),
            (ProblemCodes.NotAMultiple, "Quantity"));
        Assert.Equal([10], problems.Single(p => p.Code == ProblemCodes.BelowMinimumQuantity).Args);
        Assert.Equal([5], problems.Single(p => p.Code == ProblemCodes.NotAMultiple).Args);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]    // a multiple of 5 and below the minimum, yet only "not positive" is said
    [InlineData(-7)]
    [InlineData(int.MinValue)]
    public void Quantity_that_is_not_positive_reports_only_that(int quantity)
    {
        ProblemAssert.Single(QuantityRules.Check(quantity, TenInFives), ProblemCodes.QuantityNotPositive, "Quantity");
    }

    [Theory]
    [InlineData(15)]    // otherwise fine
    [InlineData(7)]     // otherwise below the minimum and not in the multiple
    [InlineData(0)]     // otherwise not positive
    public void Inactive_product_reports_only_that_it_is_inactive(int quantity)
    {
        var inactive = TenInFives with { IsActive = false };

        ProblemAssert.Single(QuantityRules.Check(quantity, inactive), ProblemCodes.ProductInactive, "Sku");
    }
}
