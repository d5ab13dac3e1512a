using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>A fresh database with three months of shipped demo history before the current month.</summary>
public sealed class HistoryDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "3" });

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>Accruals computed in the database against the same shipments summed in memory and run through the Domain calculation.</summary>
public sealed class RebateAccrualTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    [Fact]
    public async Task Accruals_match_the_domain_calculation_of_the_shipped_lines_for_every_partner_and_month()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "EAST", "SOUTH", "NORTH", "SOUTHWEST");
        var draft = MonthlyDraft(regions, 3) with { Name = "全品类月度返利", Stackable = true };
        var policyId = await ActivateAsync(Policies(Database, admin), draft);

        var rows = await AccrualRowsAsync(Database, policyId);
        await using var db = await Database.CreateSystemContextAsync();
        var partnerIds = await db.Partners.Select(p => p.Id).ToListAsync();
        var months = Enumerable.Range(0, 4).Select(back => RebatePeriod.Containing(RebatePeriodType.Month, MonthStart(back))).ToList();
        Assert.Equal(partnerIds.Count * months.Count, rows.Count);

        var tiersReached = new HashSet<int>();
        foreach (var month in months)
        {
            var shipped = await ShippedInMemoryAsync(Database, month.Start, month.End, _ => true);
            foreach (var partnerId in partnerIds)
            {
                var figures = shipped.GetValueOrDefault(partnerId, new RebateBasisFigures(0m, 0m));
                var expected = RebateCalculator.Calculate(draft.Scheme, figures);
                var row = rows.Single(r => r.PartnerId == partnerId && r.PeriodStart == month.Start);
                Assert.Equal((month.End, figures.NetAmount, figures.Quantity), (row.PeriodEnd, row.NetAmount, row.Quantity));
                Assert.Equal((expected.TierReached, expected.RateReached, expected.Amount, expected.Next?.MoreNeeded),
                    (row.TierReached, row.Rate, row.Amount, row.MoreNeeded));
                tiersReached.Add(row.TierReached);
            }
        }
        // The history spreads the partners over several tiers, so the comparison covers more than one branch.
        Assert.True(tiersReached.Count >= 3, $"Tiers reached: {string.Join(", ", tiersReached.Order())}");
    }
}
