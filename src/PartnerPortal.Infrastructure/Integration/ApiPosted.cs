namespace PartnerPortal.Infrastructure.Integration;

/// <summary>What posting did: <paramref name="Created"/> is false when its external reference had been posted before (a retry).</summary>
public sealed record ApiPosted<T>(T Value, bool Created);
