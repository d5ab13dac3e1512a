namespace PartnerPortal.Domain.Integration;

/// <summary>The events a webhook endpoint can subscribe to.</summary>
public static class WebhookEvents
{
    public const string OrderSubmitted = "order.submitted";
    public const string OrderApproved = "order.approved";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderShipped = "order.shipped";
    public const string PaymentPosted = "payment.posted";
    public const string PaymentReversed = "payment.reversed";
    public const string RebateSettled = "rebate.settled";
    public const string ReturnRequested = "return.requested";
    public const string ReturnReceived = "return.received";

    public static readonly IReadOnlyList<string> All =
        [OrderSubmitted, OrderApproved, OrderCancelled, OrderShipped, PaymentPosted, PaymentReversed, RebateSettled, ReturnRequested, ReturnReceived];
}
