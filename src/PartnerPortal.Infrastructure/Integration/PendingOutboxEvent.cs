using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>An outbox row added to a save, and how to write its payload again once the new rows have their keys.</summary>
internal sealed class PendingOutboxEvent(OutboxEvent row, Func<string> buildPayload, bool awaitsKeys)
{
    public OutboxEvent Row { get; } = row;

    /// <summary>The payload names a row not inserted yet: it is written again after the save.</summary>
    public bool AwaitsKeys { get; } = awaitsKeys;

    public string BuildPayload() => buildPayload();
}
