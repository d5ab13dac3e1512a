using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>The discount off list price a tier is to get (8.5 means 8.5 %).</summary>
public sealed record TierDiscountDraft(PartnerTier Tier, decimal DiscountPercent);

/// <summary>An explicit price of one product for one tier, to add or change.</summary>
public sealed record TierPriceDraft(PartnerTier Tier, int ProductId, decimal Price);
