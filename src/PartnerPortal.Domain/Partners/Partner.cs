using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Regions;

namespace PartnerPortal.Domain.Partners;

/// <summary>A distributor, dealer or store that buys from the brand.</summary>
public sealed class Partner : IAudited
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public string Code { get; set; } = "";
    /// <summary>Legal name, usually Chinese.</summary>
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public PartnerType Type { get; set; }
    public PartnerTier Tier { get; set; }
    public PartnerStatus Status { get; set; }
    public CreditRating CreditRating { get; set; }

    public int RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>The distributor this partner buys through, if any.</summary>
    public int? ParentPartnerId { get; set; }
    public Partner? ParentPartner { get; set; }

    public List<PartnerContact> Contacts { get; set; } = [];
}
