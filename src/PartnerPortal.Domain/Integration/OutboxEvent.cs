namespace PartnerPortal.Domain.Integration;

/// <summary>
/// Something that happened (an order submitted, a payment posted …), written in the same transaction as the change
/// itself, so that no event is lost when the portal stops before the webhooks are sent.
/// </summary>
public sealed class OutboxEvent
{
    public const int TypeMaxLength = 50;

    public long Id { get; set; }
    /// <summary>The event's id as receivers see it (to recognise a redelivery).</summary>
    public Guid EventId { get; set; }
    public string Type { get; set; } = "";
    public int? PartnerId { get; set; }
    /// <summary>The event's data as JSON.</summary>
    public string Payload { get; set; } = "{}";
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>When deliveries were created for the subscribed endpoints; null until then.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
}
