namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A contact person of a partner; name is required, and exactly one of a partner's contacts is primary.</summary>
public sealed record ContactSyncItem
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public bool IsPrimary { get; init; }
}
