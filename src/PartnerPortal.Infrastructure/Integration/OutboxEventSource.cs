namespace PartnerPortal.Infrastructure.Integration;

/// <summary>One webhook event found in a save by <see cref="OutboxEventCollector"/>; its payload is built from the tracked rows.</summary>
internal abstract class OutboxEventSource(string type)
{
    public string Type { get; } = type;
    public abstract int? PartnerId(OutboxLookups c);
    public abstract DateTimeOffset OccurredAt(DateTimeOffset now);
    public abstract object Data(OutboxLookups c);

    /// <summary>Whether a row the payload names is new, its key still to be given by the database.</summary>
    public abstract bool AwaitsKeys { get; }
}
