using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Points;

/// <summary>One change to a partner's points: what was earned or spent, by whom and why.</summary>
public sealed class PointsEntry : IPartnerOwned, IAudited
{
    public const int ReasonMaxLength = ManualAward.ReasonMaxLength;
    public const int KeyMaxLength = 60;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public PointsEntryKind Kind { get; set; }
    /// <summary>Positive when earned or given back, negative when spent or corrected down.</summary>
    public int Points { get; set; }
    /// <summary>The person who earned or spent them (a learner, the dealer who redeemed), if any.</summary>
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Reason { get; set; } = "";
    /// <summary>
    /// What the entry pays for, unique per partner and kind, so that the same thing is never paid twice:
    /// "course:12:user-id", "milestone:2026-Q4:3", "redemption:41".
    /// </summary>
    public string? Key { get; set; }
    public int? RedemptionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByUserName { get; set; } = "";
}
