namespace PartnerPortal.Domain.Pricing;

/// <summary>What decides a partner's unit price for one SKU.</summary>
/// <param name="ListPrice">The catalog's price before any discount.</param>
/// <param name="TierDiscountPercent">The partner tier's discount (8.5 means 8.5 %), or null for none.</param>
/// <param name="ExplicitTierPrice">A price set for this SKU and tier, which overrides the discount.</param>
public sealed record PriceInputs(decimal ListPrice, decimal? TierDiscountPercent, decimal? ExplicitTierPrice);
