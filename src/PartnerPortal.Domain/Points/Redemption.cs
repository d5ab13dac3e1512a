using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Points;

public enum RedemptionStatus
{
    /// <summary>Points taken off, waiting for the channel manager.</summary>
    Pending,
    Approved,
    /// <summary>Points given back.</summary>
    Rejected,
}

/// <summary>A dealer's request to spend the partner's points on a reward.</summary>
public sealed class Redemption : IPartnerOwned, IAudited
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int RewardId { get; set; }
    public Reward? Reward { get; set; }
    public int Points { get; set; }
    public RedemptionStatus Status { get; set; }
    public string RequestedByUserId { get; set; } = "";
    public string RequestedByUserName { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public string? DecidedByUserName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string Note { get; set; } = "";
}
