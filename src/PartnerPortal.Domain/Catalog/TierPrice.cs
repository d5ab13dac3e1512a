using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Catalog;

/// <summary>An explicit price of one product for one partner tier; it wins over the tier discount.</summary>
public sealed class TierPrice : IAudited
{
    public PartnerTier Tier { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public decimal Price { get; set; }
}
