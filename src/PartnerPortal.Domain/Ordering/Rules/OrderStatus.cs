namespace PartnerPortal.Domain.Ordering;

/// <summary>Where an order is in its life; <see cref="Rules.OrderTransitions"/> says which moves are allowed.</summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    /// <summary>Over the credit limit in soft mode: a channel manager must approve it.</summary>
    PendingApproval,
    Approved,
    PartiallyShipped,
    Shipped,
    Completed,
    Rejected,
    Cancelled,
}
