using Bunit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Web.Components.Orders;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

public sealed class OrderStatusChipTests : BunitTestContext
{
    [Theory]
    [InlineData(OrderStatus.Approved, "success")]
    [InlineData(OrderStatus.Shipped, "success")]
    [InlineData(OrderStatus.Completed, "success")]
    [InlineData(OrderStatus.PendingApproval, "warning")]
    [InlineData(OrderStatus.PartiallyShipped, "info")]
    [InlineData(OrderStatus.Rejected, "error")]
    [InlineData(OrderStatus.Cancelled, "error")]
    [InlineData(OrderStatus.Submitted, "default")]
    [InlineData(OrderStatus.Draft, "default")]
    public void Each_status_has_its_colour(OrderStatus status, string colour)
    {
        var cut = Render<OrderStatusChip>(p => p.Add(x => x.Status, status));

        Assert.Contains($"mud-chip-color-{colour}", cut.Find("[data-testid=order-status]").ClassName);
    }
}
