using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Catalog;

/// <summary>The discount off list price a partner tier gets on every product without an explicit tier price.</summary>
public sealed class TierDiscount : IAudited
{
    public PartnerTier Tier { get; set; }
    /// <summary>0 to 100.</summary>
    public decimal DiscountPercent { get; set; }
}
