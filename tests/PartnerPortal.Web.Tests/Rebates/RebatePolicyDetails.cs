using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>Test data for the policy page's components: a quarterly policy version with two tiers.</summary>
internal static class RebatePolicyDetails
{
    public static RebatePolicyDraft Draft(RebateBasis basis = RebateBasis.NetAmount, decimal? cap = null) => new(
        "2026 空调季度返利", RebatePeriodType.Quarter, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), basis, RebateMode.Retroactive,
        basis == RebateBasis.NetAmount
            ? [new RebateTier(0m, 1m), new RebateTier(100_000m, 3m)]
            : [new RebateTier(0m, 1m), new RebateTier(500m, 2.5m)],
        cap, false, [1], RebatePartnerTarget.Tiers, [PartnerTier.Strategic, PartnerTier.Core], [],
        RebateProductTarget.Categories, [10], []);

    public static RebatePolicyDetail Detail(RebatePolicyDraft draft, RebatePolicyStatus status = RebatePolicyStatus.Active) => new(
        7, "RB-0007", 2, status, draft, RebatePolicyRules.RateKindFor(draft.Basis),
        [new RebateOption(1, "EAST", "华东", "East")], [],
        [new RebateOption(10, "AC", "空调", "Air conditioners")], [],
        CanManage: true, CreatedAt: DateTimeOffset.UnixEpoch, ActivatedAt: null,
        [new RebateVersionLink(6, 1, RebatePolicyStatus.Superseded, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))], []);

    public static RebatePeriodSummary Period(int quarter, bool closed, int partners = 3, int earning = 2, int settled = 0, decimal accrued = 12_345.6m)
    {
        var start = new DateOnly(2026, quarter * 3 - 2, 1);
        return new RebatePeriodSummary(start, start.AddMonths(3).AddDays(-1), $"2026-Q{quarter}", partners, earning, accrued, settled, closed);
    }
}
