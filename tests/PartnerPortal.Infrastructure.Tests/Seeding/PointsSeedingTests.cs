using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class PointsSeedingTests
{
    [Fact]
    public async Task The_demo_points_are_a_consistent_ledger_with_rewards_milestones_awards_and_redemptions()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:DemoOrderHistoryMonths"] = "6", ["Seed:DemoPoints"] = "true",
        });
        await using var db = await database.CreateSystemContextAsync();

        Assert.Equal(5, await db.Rewards.CountAsync());
        Assert.Single(await db.PurchaseMilestoneRules.ToListAsync());
        var entries = await db.PointsEntries.ToListAsync();
        Assert.Contains(entries, e => e.Kind == PointsEntryKind.PurchaseMilestone);
        Assert.Equal(4, entries.Count(e => e.Kind == PointsEntryKind.ManualAward));
        Assert.Equal(2, entries.Count(e => e.Kind == PointsEntryKind.Redemption));
        foreach (var account in await db.PointsAccounts.ToListAsync())
        {
            Assert.True(account.Balance >= 0);
            Assert.Equal(account.Balance, entries.Where(e => e.PartnerId == account.PartnerId).Sum(e => e.Points));
        }
        Assert.Equal([RedemptionStatus.Approved, RedemptionStatus.Pending],
            await db.Redemptions.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([24, 39], await db.Rewards.Where(r => r.Id == 3 || r.Id == 4).OrderBy(r => r.Id).Select(r => r.Stock!.Value).ToListAsync());
    }
}
