using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo has one settled period with a true-up due: a return of the demo dealer received after its period was
/// settled. Settling the next period of that policy claws back what the return took off, naming the return.
/// </summary>
public sealed class TrueUpSeedingTests
{
    [Fact]
    public async Task A_return_received_after_its_period_was_settled_is_trued_up_at_the_next_settlement()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:DemoOrderHistoryMonths"] = "6", ["Seed:DemoRebates"] = "true",
        });
        int partnerId;
        ReturnRequest late;
        List<(int PolicyId, DateOnly PeriodStart)> next;
        await using (var db = await database.CreateSystemContextAsync())
        {
            partnerId = await database.PartnerIdAsync("P0001");
            var returns = await db.ReturnRequests.AsNoTracking().Include(r => r.Lines).Include(r => r.CreditNote)
                .Where(r => r.PartnerId == partnerId).OrderBy(r => r.Id).ToListAsync();
            Assert.Equal(8, returns.Count); // the seven of every state, then the one after the settlement
            late = returns[^1];
            Assert.Equal((ReturnStatus.Credited, 1), (late.Status, late.Lines.Single().ReceivedQuantity));
            Assert.Equal(LedgerEntryKind.CreditNote, late.CreditNote!.Kind);
            // Its shipment lies in a period already settled, which was settled before the goods came back.
            var shippedOn = await db.Shipments.Where(s => s.Id == late.Lines[0].ShipmentId).Select(s => s.ShippedOn).SingleAsync();
            var settledAccruals = await db.RebateAccruals.AsNoTracking()
                .Where(a => a.PartnerId == partnerId && a.SettledAt != null && a.PeriodStart <= shippedOn && a.PeriodEnd >= shippedOn).ToListAsync();
            Assert.NotEmpty(settledAccruals);
            Assert.All(settledAccruals, a => Assert.True(a.SettledAt < late.ReceivedAt));
            Assert.Empty(await db.RebateTrueUps.ToListAsync());
            // Each policy's next period to settle: the earliest closed one not settled yet.
            var today = DateOnly.FromDateTime(DateTime.Now);
            next = (await db.RebateAccruals.AsNoTracking().Where(a => a.SettledAt == null && a.PeriodEnd < today)
                    .Select(a => new { a.PolicyId, a.PeriodStart }).Distinct().ToListAsync())
                .GroupBy(a => a.PolicyId).Select(g => (g.Key, g.Min(a => a.PeriodStart))).ToList();
        }

        var admin = await CallerAsync(database, DemoUsers.Admin);
        foreach (var (policyId, periodStart) in next)
            Assert.True((await Accruals(database, admin).SettleAsync(policyId, periodStart)).Succeeded);

        await using var check = await database.CreateSystemContextAsync();
        var trueUp = Assert.Single(await check.RebateTrueUps.AsNoTracking().Include(t => t.LedgerEntry).Where(t => t.PartnerId == partnerId).ToListAsync());
        Assert.Equal(late.Number, trueUp.Cause);
        Assert.True(trueUp.Difference < 0);
        Assert.Equal((LedgerEntryKind.DebitNote, -trueUp.Difference), (trueUp.LedgerEntry!.Kind, trueUp.LedgerEntry.Amount));
        Assert.Equal(trueUp.NetAmountBefore - late.Lines[0].CreditAmount, trueUp.NetAmount);
    }
}
