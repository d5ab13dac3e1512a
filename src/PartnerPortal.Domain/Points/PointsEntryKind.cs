namespace PartnerPortal.Domain.Points;

/// <summary>Why a partner's points ledger changed; the sign of each kind is fixed (<see cref="PointsRules.HasValidSign"/>).</summary>
public enum PointsEntryKind
{
    /// <summary>Earned by passing a course, once per user and course; positive.</summary>
    CoursePassed,
    /// <summary>Earned by shipments crossing a purchase threshold in a period, once per threshold; positive.</summary>
    PurchaseMilestone,
    /// <summary>Given or corrected by a channel manager with a reason; either sign, never zero.</summary>
    ManualAward,
    /// <summary>Spent on a reward when the redemption is requested; negative.</summary>
    Redemption,
    /// <summary>A rejected redemption's points given back; positive.</summary>
    RedemptionReversed,
}
