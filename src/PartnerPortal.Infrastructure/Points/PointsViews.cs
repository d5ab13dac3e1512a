using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>A partner's points standing as its staff see it.</summary>
public sealed record PointsSummary(int PartnerId, string PartnerCode, LocalName PartnerName, int Balance, int EarnedThisYear,
    int SpentThisYear, int PendingRedemptions, bool CanRedeem);

/// <summary>One ledger entry.</summary>
public sealed record PointsEntryRow(int Id, DateTimeOffset At, PointsEntryKind Kind, int Points, string UserName, string Reason,
    string CreatedBy);

/// <summary>A learner on the region's leaderboard: points earned by passing courses.</summary>
public sealed record LeaderboardRow(int Rank, string UserName, LocalName PartnerName, int Points, bool IsMe);

/// <summary>A reward in the catalog.</summary>
public sealed record RewardRow(int Id, string Name, string NameEn, string Description, string DescriptionEn, int PointsCost, int? Stock,
    bool IsActive);

/// <summary>What an administrator or manager enters for a reward.</summary>
public sealed record RewardDraft(string Name, string NameEn, string Description, string DescriptionEn, int PointsCost, int? Stock, bool IsActive);

/// <summary>A redemption, for the partner that asked and for the managers who decide.</summary>
public sealed record RedemptionRow(int Id, int PartnerId, string PartnerCode, LocalName PartnerName, string RewardName, string RewardNameEn,
    int Points, RedemptionStatus Status, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt,
    string Note);
