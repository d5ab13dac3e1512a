using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Domain.Tests.Ordering;

public class ReorderQuantityTests
{
    [Theory]
    [InlineData(30, 3, 1, 1, 10)]    // 10 a time
    [InlineData(25, 2, 1, 1, 13)]    // 12.5 rounds half up
    [InlineData(25, 2, 1, 6, 18)]    // 13 → next carton of 6
    [InlineData(12, 3, 10, 1, 10)]   // 4 a time, but at least 10
    [InlineData(12, 3, 10, 4, 12)]   // at least 10, in fours → 12
    [InlineData(0, 0, 5, 1, 5)]      // no history: the smallest orderable quantity
    [InlineData(0, 0, 0, 0, 1)]      // no rules at all: 1
    public void Suggests_the_usual_quantity_made_orderable(int total, int orders, int minimum, int multiple, int expected) =>
        Assert.Equal(expected, ReorderQuantity.Suggest(total, orders, new QuantityRule(minimum, multiple, IsActive: true)));
}
