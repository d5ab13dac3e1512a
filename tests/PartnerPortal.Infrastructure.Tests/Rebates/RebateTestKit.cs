using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>The rebate services as one caller sees them, and the drafts and figures the tests start from.</summary>
internal static class RebateTestKit
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The first day of the month <paramref name="monthsBack"/> months before this one.</summary>
    public static DateOnly MonthStart(int monthsBack) => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-monthsBack);

    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    public static RebatePolicyService Policies(TestDatabase database, ICurrentUserAccessor caller, TimeProvider? clock = null) =>
        new(Contexts(database, caller), caller, clock ?? TimeProvider.System);

    public static RebatePolicyQueryService PolicyQueries(TestDatabase database, ICurrentUserAccessor caller, TimeProvider? clock = null) =>
        new(Contexts(database, caller), clock ?? TimeProvider.System);

    public static RebateOverlapService Overlaps(TestDatabase database, ICurrentUserAccessor caller, TimeProvider? clock = null) =>
        new(Contexts(database, caller), caller, clock ?? TimeProvider.System);

    public static RebateAccrualService Accruals(TestDatabase database, ICurrentUserAccessor caller, TimeProvider? clock = null) =>
        new(Contexts(database, caller), caller, clock ?? TimeProvider.System);

    public static RebateBasisService Basis(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller));

    public static MyRebatesService MyRebates(TestDatabase database, ICurrentUserAccessor caller) =>
        new(Contexts(database, caller), TimeProvider.System);

    public static async Task<int[]> RegionIdsAsync(TestDatabase database, params string[] codes)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Regions.Where(r => codes.Contains(r.Code)).OrderBy(r => r.Id).Select(r => r.Id).ToArrayAsync();
    }

    /// <summary>A monthly, retroactive policy on net amount for every partner and product of the regions, from <paramref name="monthsBack"/> months ago to the end of next year.</summary>
    public static RebatePolicyDraft MonthlyDraft(int[] regionIds, int monthsBack, params RebateTier[] tiers) => new(
        "月度返利", RebatePeriodType.Month, MonthStart(monthsBack), new DateOnly(Today.Year + 1, 12, 31),
        RebateBasis.NetAmount, RebateMode.Retroactive,
        tiers.Length > 0 ? tiers : [new RebateTier(10_000m, 1m), new RebateTier(50_000m, 2m), new RebateTier(150_000m, 3m)],
        null, false, regionIds, RebatePartnerTarget.Regions, [], [], RebateProductTarget.All, [], []);

    /// <summary>Creates and activates the draft; returns the version's id.</summary>
    public static async Task<int> ActivateAsync(RebatePolicyService policies, RebatePolicyDraft draft)
    {
        var created = await policies.CreateDraftAsync(draft);
        Assert.True(created.Succeeded, string.Join(", ", created.Problems));
        var activated = await policies.ActivateAsync(created.Value);
        Assert.True(activated.Succeeded, string.Join(", ", activated.Problems));
        return created.Value;
    }

    public static async Task<List<RebateAccrual>> AccrualRowsAsync(TestDatabase database, int policyId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.RebateAccruals.AsNoTracking().Where(a => a.PolicyId == policyId)
            .OrderBy(a => a.PeriodStart).ThenBy(a => a.PartnerId).ToListAsync();
    }

    /// <summary>
    /// The basis worked out independently of the accrual query: every shipment line of the period loaded and summed
    /// per partner in memory, less what returns received back of them (the returned units at their credited amount,
    /// counted in the period the returned line shipped).
    /// </summary>
    public static async Task<Dictionary<int, RebateBasisFigures>> ShippedInMemoryAsync(TestDatabase database, DateOnly from, DateOnly to,
        Func<int, bool> coversProduct)
    {
        await using var db = await database.CreateSystemContextAsync();
        var shippedOn = await db.Shipments.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ShippedOn);
        var lines = await db.ShipmentLines.AsNoTracking()
            .Select(l => new { l.ShipmentId, l.Amount, l.Quantity, l.OrderLine!.ProductId, l.OrderLine.Order!.PartnerId })
            .ToListAsync();
        var returned = await db.ReturnLines.AsNoTracking().Where(r => r.ReceivedQuantity != null)
            .Select(r => new { r.ShipmentId, Amount = -(r.CreditAmount ?? 0m), Quantity = -r.ReceivedQuantity!.Value, r.ProductId, r.ReturnRequest!.PartnerId })
            .ToListAsync();
        return lines.Concat(returned)
            .Where(l => shippedOn[l.ShipmentId] >= from && shippedOn[l.ShipmentId] <= to && coversProduct(l.ProductId))
            .GroupBy(l => l.PartnerId)
            .ToDictionary(g => g.Key, g => new RebateBasisFigures(g.Sum(l => l.Amount), g.Sum(l => (decimal)l.Quantity)));
    }

    /// <summary>A clock that stands still at the given local day, noon.</summary>
    public sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
