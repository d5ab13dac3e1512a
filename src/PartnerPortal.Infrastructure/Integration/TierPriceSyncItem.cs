namespace PartnerPortal.Infrastructure.Integration;

/// <summary>An explicit price of the product for one partner tier ("Strategic", "Core", "Standard").</summary>
public sealed record TierPriceSyncItem
{
    public string? Tier { get; init; }
    public decimal? Price { get; init; }
}
