using Microsoft.AspNetCore.Identity;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Identity;

/// <summary>A person who signs in: brand staff, or a partner's staff member (at most one partner).</summary>
public sealed class PortalUser : IdentityUser, IAudited
{
    public const int DisplayNameMaxLength = 50;

    public string DisplayName { get; set; } = "";
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
