namespace PartnerPortal.Domain.Integration;

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    /// <summary>Every attempt failed; only a redelivery sends it again.</summary>
    Failed,
}

/// <summary>One event to one endpoint, with its attempts.</summary>
public sealed class WebhookDelivery
{
    public const int ErrorMaxLength = 500;

    public long Id { get; set; }
    public int EndpointId { get; set; }
    public WebhookEndpoint? Endpoint { get; set; }
    public long OutboxEventId { get; set; }
    public OutboxEvent? Event { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string LastError { get; set; } = "";
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
