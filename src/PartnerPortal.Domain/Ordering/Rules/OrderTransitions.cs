namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>
/// The order lifecycle in one table, so pages, services and tests agree on which moves are legal.
/// Completed, Rejected and Cancelled are final.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Draft] = [OrderStatus.Submitted],
        [OrderStatus.Submitted] = [OrderStatus.PendingApproval, OrderStatus.Approved, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.PendingApproval] = [OrderStatus.Approved, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.Approved] = [OrderStatus.PartiallyShipped, OrderStatus.Shipped, OrderStatus.Cancelled],
        // Another partial shipment keeps the order partially shipped.
        [OrderStatus.PartiallyShipped] = [OrderStatus.PartiallyShipped, OrderStatus.Shipped],
        [OrderStatus.Shipped] = [OrderStatus.Completed],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) =>
        Allowed.TryGetValue(from, out var targets) && Array.IndexOf(targets, to) >= 0;

    /// <summary>Only before anything has left the warehouse; a draft is deleted rather than cancelled.</summary>
    public static bool CanCancel(OrderStatus s) => CanMove(s, OrderStatus.Cancelled);

    /// <summary>Still expecting work (approval, shipping or completion).</summary>
    public static bool IsOpen(OrderStatus s) =>
        s is not (OrderStatus.Completed or OrderStatus.Rejected or OrderStatus.Cancelled);
}
