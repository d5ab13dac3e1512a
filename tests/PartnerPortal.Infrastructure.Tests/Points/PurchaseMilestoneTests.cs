using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Points;

public sealed class PurchaseMilestoneTests
{
    [Fact]
    public async Task The_accrual_run_pays_each_threshold_crossed_once()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "2" });
        await using (var setup = await database.CreateSystemContextAsync())
        {
            setup.PurchaseMilestoneRules.Add(new PurchaseMilestoneRule { PeriodType = RebatePeriodType.Month, StepAmount = 50_000m, PointsPerStep = 100 });
            await setup.SaveChangesAsync();
        }
        var today = DateOnly.FromDateTime(DateTime.Now);
        var lastMonth = RebatePeriod.Containing(RebatePeriodType.Month, today).Previous();

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<RebateAccrualRunner>();
            await runner.RecalculateOpenPeriodsAsync();
            await runner.RecalculateOpenPeriodsAsync();
        }

        await using var db = await database.CreateSystemContextAsync();
        var shipped = (await db.Shipments.Where(s => s.ShippedOn >= lastMonth.Start && s.ShippedOn <= lastMonth.End)
                .Select(s => new { s.PartnerId, s.Amount }).ToListAsync())
            .GroupBy(s => s.PartnerId).ToDictionary(g => g.Key, g => g.Sum(s => s.Amount));
        var entries = await db.PointsEntries.Where(e => e.Kind == PointsEntryKind.PurchaseMilestone).ToListAsync();
        foreach (var (partnerId, amount) in shipped)
        {
            var steps = (int)Math.Floor(amount / 50_000m);
            var mine = entries.Where(e => e.PartnerId == partnerId).ToList();
            Assert.Equal(steps, mine.Count);
            Assert.Equal(Enumerable.Range(1, steps).Select(s => $"milestone:1:{lastMonth.Label}:{s}"), mine.Select(e => e.Key).Order());
            Assert.Equal(steps * 100, (await db.PointsAccounts.SingleOrDefaultAsync(a => a.PartnerId == partnerId))?.Balance ?? 0);
        }
        Assert.Contains(shipped.Values, a => a >= 100_000m); // some partner crossed two thresholds
    }
}
