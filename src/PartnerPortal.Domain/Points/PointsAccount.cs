using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Points;

/// <summary>
/// A partner's points balance, kept beside its ledger so that spending can be checked and taken in one guarded
/// update: two redemptions at once can never both spend the last points.
/// </summary>
public sealed class PointsAccount : IPartnerOwned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    /// <summary>The sum of the partner's ledger entries; never below zero.</summary>
    public int Balance { get; set; }
}
