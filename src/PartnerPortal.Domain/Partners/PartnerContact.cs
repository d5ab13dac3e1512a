using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Partners;

/// <summary>A person the brand talks to at a partner.</summary>
public sealed class PartnerContact : IPartnerOwned, IAudited
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 100;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public bool IsPrimary { get; set; }
}
