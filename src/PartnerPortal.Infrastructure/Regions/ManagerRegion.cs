using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Regions;

/// <summary>A channel manager's responsibility for one region.</summary>
public sealed class ManagerRegion : IAudited
{
    public string UserId { get; set; } = "";
    public PortalUser? User { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
}
