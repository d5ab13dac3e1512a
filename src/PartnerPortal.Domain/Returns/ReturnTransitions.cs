namespace PartnerPortal.Domain.Returns;

/// <summary>The moves a return's life cycle allows.</summary>
public static class ReturnTransitions
{
    public static bool CanMove(ReturnStatus from, ReturnStatus to) => (from, to) switch
    {
        (ReturnStatus.Requested, ReturnStatus.Approved or ReturnStatus.Rejected or ReturnStatus.Cancelled) => true,
        (ReturnStatus.Approved, ReturnStatus.Received) => true,
        (ReturnStatus.Received, ReturnStatus.Credited) => true,
        _ => false,
    };

    /// <summary>
    /// Whether a return in this status holds goods that cannot be asked back again: all but a rejected or cancelled one.
    /// </summary>
    public static bool HoldsQuantity(ReturnStatus status) => status is not (ReturnStatus.Rejected or ReturnStatus.Cancelled);
}
