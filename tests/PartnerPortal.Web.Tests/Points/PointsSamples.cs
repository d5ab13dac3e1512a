using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Points;

namespace PartnerPortal.Web.Tests.Points;

/// <summary>Hand-made rows for the points components.</summary>
internal static class PointsSamples
{
    internal static readonly DateTimeOffset At = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    internal static PointsSummary Summary(int balance = 1_200, bool canRedeem = true) =>
        new(1, "P0001", new LocalName("华东家电", "East China Appliances"), balance, EarnedThisYear: 2_350, SpentThisYear: 1_150, PendingRedemptions: 1, canRedeem);

    internal static RewardRow Reward(int cost = 500, int? stock = null, int id = 7) =>
        new(id, "优先供货一个月", "Priority supply for one month", "旺季优先安排发货", "Your orders ship first for a month",
            cost, stock, IsActive: true);

    internal static PointsEntryRow Entry(int id, PointsEntryKind kind, int points, string user = "王芳", string reason = "", string createdBy = "system") =>
        new(id, At.AddDays(-id), kind, points, user, reason, createdBy);

    internal static RedemptionRow Redemption(int id, RedemptionStatus status, string? decidedBy = null, string note = "") =>
        new(id, 1, "P0001", new LocalName("华东家电", "East China Appliances"), "优先供货一个月", "Priority supply for one month", 500, status, "李强", At,
            decidedBy, decidedBy is null ? null : At.AddDays(1), note);
}
