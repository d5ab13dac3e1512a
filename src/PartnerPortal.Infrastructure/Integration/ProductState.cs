namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A product's SKU and active flag after a call, and whether the call changed it.</summary>
public sealed record ProductState(string Sku, bool Active, bool Changed);
