using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>What an admin fills in for an endpoint; the secret is never typed, the portal makes it.</summary>
public sealed record WebhookEndpointDraft(string Url, string Description, IReadOnlyList<string> Events);

/// <summary>
/// An endpoint in the admin's list (never its secret). <see cref="SecretReadable"/> is false when the key ring cannot read
/// the stored secret (keys lost or replaced): deliveries fail until the secret is rotated.
/// </summary>
public sealed record WebhookEndpointRow(int Id, string Url, string Description, IReadOnlyList<string> Events, bool IsActive, DateTimeOffset CreatedAt,
    bool SecretReadable = true);

/// <summary>An endpoint just created or given a new secret: <see cref="Secret"/> is shown once, for the receiver to keep.</summary>
public sealed record WebhookSecret(int EndpointId, string Secret);

/// <summary>The deliveries list's filters; null shows all.</summary>
public sealed record WebhookDeliveryFilter(WebhookDeliveryStatus? Status = null, int? EndpointId = null);

/// <summary>One delivery of one event to one endpoint, as the deliveries list shows it.</summary>
public sealed record WebhookDeliveryRow(long Id, int EndpointId, string EndpointUrl, string EventType, Guid EventId, DateTimeOffset OccurredAt,
    WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string LastError, DateTimeOffset NextAttemptAt, DateTimeOffset? LastAttemptAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt);
