using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Access;

/// <summary>
/// Marks an entity that belongs to one partner. The data layer filters every query on it by the
/// caller's <see cref="AccessScope"/> and refuses writes outside that scope.
/// </summary>
public interface IPartnerOwned
{
    int PartnerId { get; set; }
    Partner? Partner { get; }
}
