using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>Recalculation leaves the same rows; settlement posts one credit note per earning partner, once.</summary>
public sealed class RebateSettlementTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    [Fact]
    public async Task Recalculating_twice_gives_the_same_rows_and_changes_nothing()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "NORTH", "SOUTHWEST");
        var policyId = await ActivateAsync(Policies(Database, admin), MonthlyDraft(regions, 2) with { Stackable = true, Name = "北区返利" });
        var before = await AccrualRowsAsync(Database, policyId);
        var accruals = Accruals(Database, admin);

        var first = await accruals.RecalculateAsync(policyId);
        var second = await accruals.RecalculateAsync(policyId);

        Assert.True(first.Succeeded && second.Succeeded);
        foreach (var run in new[] { first.Value!, second.Value! })
            Assert.Equal((3, 0, 0, 0, before.Count), (run.Periods, run.Added, run.Changed, run.Removed, run.Unchanged));
        var after = await AccrualRowsAsync(Database, policyId);
        Assert.Equal(
            before.Select(a => (a.Id, a.PartnerId, a.PeriodStart, a.NetAmount, a.TierReached, a.Amount, a.CalculatedAt)),
            after.Select(a => (a.Id, a.PartnerId, a.PeriodStart, a.NetAmount, a.TierReached, a.Amount, a.CalculatedAt)));
    }

    [Fact]
    public async Task Settling_a_closed_month_under_concurrent_clicks_posts_one_credit_note_per_earning_partner()
    {
        var manager = await CallerAsync(Database, DemoUsers.ManagerEast);
        var regions = await RegionIdsAsync(Database, "EAST", "SOUTH");
        var policyId = await ActivateAsync(Policies(Database, manager), MonthlyDraft(regions, 2) with { Stackable = true, Name = "华东华南返利" });
        var month = MonthStart(2);
        var earning = (await AccrualRowsAsync(Database, policyId)).Where(a => a.PeriodStart == month && a.Amount > 0).ToList();
        Assert.NotEmpty(earning);
        var balancesBefore = await BalancesAsync(earning.Select(a => a.PartnerId));

        var clicks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Accruals(Database, manager).SettleAsync(policyId, month))));

        Assert.All(clicks, c => Assert.True(c.Succeeded, string.Join(", ", c.Problems)));
        Assert.Equal(earning.Count, clicks.Sum(c => c.Value!.CreditNotes));
        Assert.Equal(earning.Sum(a => a.Amount), clicks.Sum(c => c.Value!.Total));
        await using var db = await Database.CreateSystemContextAsync();
        var notes = await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == LedgerEntryKind.CreditNote && e.Reference.EndsWith(month.ToString("yyyy-MM"))).ToListAsync();
        Assert.Equal(earning.Select(a => (a.PartnerId, a.Amount)).Order(), notes.Select(n => (n.PartnerId, n.Amount)).Order());
        Assert.All(notes, n => Assert.Matches($"^CN-{Today:yyyyMM}-\\d{{5}}$", n.Number));
        var balancesAfter = await BalancesAsync(earning.Select(a => a.PartnerId));
        foreach (var accrual in earning)
            Assert.Equal(balancesBefore[accrual.PartnerId] - accrual.Amount, balancesAfter[accrual.PartnerId]);

        var settled = (await AccrualRowsAsync(Database, policyId)).Where(a => a.PeriodStart == month).ToList();
        Assert.All(settled, a => Assert.NotNull(a.SettledAt));
        Assert.Equal(notes.Select(n => n.Id).Order(), settled.Where(a => a.Amount > 0).Select(a => a.CreditNoteEntryId!.Value).Order());
        // The credit note and the account change are in the audit log under the manager's name.
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LedgerEntry) && e.UserName == DemoUsers.ManagerEast
                                                        && e.Changes.Contains(notes[0].Number)));
    }

    [Fact]
    public async Task Settled_figures_do_not_change_on_recalculation_and_open_periods_cannot_be_settled()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "EAST");
        var policyId = await ActivateAsync(Policies(Database, admin), MonthlyDraft(regions, 1) with { Stackable = true, Name = "华东单月" });
        var accruals = Accruals(Database, admin);
        Assert.True((await accruals.SettleAsync(policyId, MonthStart(1))).Succeeded);
        var settled = (await AccrualRowsAsync(Database, policyId)).Where(a => a.PeriodStart == MonthStart(1)).ToList();

        var again = await accruals.SettleAsync(policyId, MonthStart(1));
        var recalculated = await accruals.RecalculateAsync(policyId, MonthStart(1));
        var current = await accruals.SettleAsync(policyId, MonthStart(0));

        Assert.Equal((0, 0m, settled.Count), (again.Value!.CreditNotes, again.Value.Total, again.Value.AlreadySettled));
        Assert.Equal((0, 0, 0), (recalculated.Value!.Added, recalculated.Value.Changed, recalculated.Value.Removed));
        Assert.Equal(settled.Select(a => (a.Id, a.Amount, a.SettledAt)),
            (await AccrualRowsAsync(Database, policyId)).Where(a => a.PeriodStart == MonthStart(1)).Select(a => (a.Id, a.Amount, a.SettledAt)));
        Assert.Equal([(ProblemCodes.PeriodNotClosed, "Period")], current.Problems.Select(p => (p.Code, p.Field)));
    }

    private async Task<Dictionary<int, decimal>> BalancesAsync(IEnumerable<int> partnerIds)
    {
        var ids = partnerIds.ToList();
        await using var db = await Database.CreateSystemContextAsync();
        return await db.CreditAccounts.Where(a => ids.Contains(a.PartnerId)).ToDictionaryAsync(a => a.PartnerId, a => a.Balance);
    }
}
