using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;

namespace PartnerPortal.Domain.Tests.Ordering;

public class OrderEventFactTests
{
    public static TheoryData<decimal, decimal, decimal, decimal, decimal, decimal> Figures => new()
    {
        // limit,    exposure,   order,     available,  exposure after, over by
        { 800_000m, 702_000m,   99_304.80m, 98_000m,    801_304.80m,    1_304.80m },  // the demo's soft-mode partner: 801,304.80 − 800,000
        { 800_000m, 702_000m,   98_000m,    98_000m,    800_000m,       0m },         // exactly at the limit is within it
        { 500_000m, 520_000m,   1_000m,     -20_000m,   521_000m,       21_000m },    // already over before the order
        { 100_000m, 0m,         25_000.50m, 100_000m,   25_000.50m,     0m },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Credit_figures_follow_from_the_limit_the_exposure_and_the_order(
        decimal limit, decimal exposure, decimal order, decimal available, decimal after, decimal over)
    {
        var figures = CreditFigures.Of(limit, exposure, order);

        Assert.Equal((available, after, over), (figures.Available, figures.ExposureAfter, figures.OverLimitBy));
    }

    [Fact]
    public void A_move_with_a_credit_fact_keeps_the_figures_on_the_event()
    {
        var order = new Order { Number = "SO-1", Status = OrderStatus.PendingApproval };
        var at = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));

        order.MoveTo(OrderStatus.Approved, at, "u1", "manager@example.com", OrderEventFact.CreditApproval,
            CreditFigures.Of(800_000m, 702_000m, 99_304.80m), "Long-standing customer");

        var e = Assert.Single(order.Events);
        Assert.Equal((OrderEventFact.CreditApproval, 800_000m, 702_000m, 99_304.80m, "Long-standing customer"),
            (e.Fact, e.CreditLimit, e.Exposure, e.OrderTotal, e.Note));
        Assert.Equal(CreditFigures.Of(800_000m, 702_000m, 99_304.80m), e.Credit);
    }

    [Fact]
    public void A_move_without_a_fact_has_no_figures()
    {
        var order = new Order { Number = "SO-1", Status = OrderStatus.Approved };

        order.MoveTo(OrderStatus.Cancelled, DateTimeOffset.UnixEpoch, "u1", "dealer@example.com");

        var e = Assert.Single(order.Events);
        Assert.Equal((OrderEventFact.None, (decimal?)null, (CreditFigures?)null), (e.Fact, e.CreditLimit, e.Credit));
    }

    [Fact]
    public void A_credit_fact_without_figures_is_refused_and_the_order_does_not_move()
    {
        var order = new Order { Number = "SO-1", Status = OrderStatus.Submitted };

        Assert.Throws<ArgumentException>(() =>
            order.MoveTo(OrderStatus.PendingApproval, DateTimeOffset.UnixEpoch, "u1", "dealer@example.com", OrderEventFact.CreditHold, null));
        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.Empty(order.Events);
    }
}
