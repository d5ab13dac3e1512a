using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class RebateSeedingTests
{
    [Fact]
    public async Task The_demo_policies_accrue_on_the_history_and_every_closed_period_but_the_last_is_settled_once()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:DemoOrderHistoryMonths"] = "6", ["Seed:DemoRebates"] = "true",
        });
        await using var db = await database.CreateSystemContextAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var policies = await db.RebatePolicies.OrderBy(p => p.Code).ToListAsync();
        Assert.Equal(["RB-0001", "RB-0002", "RB-0003"], policies.Select(p => p.Code));
        Assert.All(policies, p => Assert.Equal(RebatePolicyStatus.Active, p.Status));
        var partners = await db.Partners.CountAsync();
        var accruals = await db.RebateAccruals.Include(a => a.CreditNote).ToListAsync();

        foreach (var policy in policies)
        {
            var periods = RebatePeriod.Between(policy.PeriodType, policy.StartsOn, today).ToList();
            var mine = accruals.Where(a => a.PolicyId == policy.Id).ToList();
            Assert.Equal(periods.Select(p => p.Start), mine.Select(a => a.PeriodStart).Distinct().Order());
            var lastClosed = periods.Last(p => p.IsClosedOn(today));
            foreach (var a in mine)
                Assert.Equal(a.PeriodEnd < lastClosed.Start, a.IsSettled);
            Assert.All(mine.Where(a => a.IsSettled && a.Amount > 0), a => Assert.Equal(a.Amount, a.CreditNote!.Amount));
        }
        Assert.Equal(partners * RebatePeriod.Between(RebatePeriodType.Quarter, policies[0].StartsOn, today).Count(),
            accruals.Count(a => a.PolicyId == policies[0].Id));
        Assert.Contains(accruals, a => a.IsSettled && a.Amount > 0);
        Assert.Contains(accruals, a => !a.IsSettled && a.Amount > 0);

        // Each credit note is on the books once, and every balance still equals its ledger.
        // (The demo returns' credit notes are the returns' own: ReturnSeedingTests.)
        var notes = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.CreditNote && !db.ReturnRequests.Any(r => r.CreditNoteEntryId == e.Id))
            .ToListAsync();
        Assert.Equal(accruals.Where(a => a.IsSettled && a.Amount > 0).Sum(a => a.Amount), notes.Sum(n => n.Amount));
        Assert.Equal(notes.Count, accruals.Count(a => a.CreditNoteEntryId != null));
        foreach (var account in await db.CreditAccounts.ToListAsync())
            Assert.Equal(account.Balance, await db.LedgerEntries.Where(e => e.PartnerId == account.PartnerId).SumAsync(e =>
                e.Kind == LedgerEntryKind.Invoice ? e.Amount : -e.Amount));
    }
}
