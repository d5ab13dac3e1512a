using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>Managers act only inside their regions; a dealer sees only its own partner's rebates.</summary>
public sealed class RebateScopeTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    [Fact]
    public async Task A_manager_cannot_create_a_policy_for_regions_or_partners_outside_their_own()
    {
        var east = await CallerAsync(Database, DemoUsers.ManagerEast);
        var policies = Policies(Database, east);
        var north = await RegionIdsAsync(Database, "NORTH");
        var mine = await RegionIdsAsync(Database, "EAST");
        var northPartner = await Database.PartnerIdAsync("P0009");

        var otherRegion = await policies.CreateDraftAsync(MonthlyDraft(north, 0) with { Name = "越权" });
        var mixed = await policies.CreateDraftAsync(MonthlyDraft([.. mine, .. north], 0) with { Name = "越权" });
        var otherPartner = await policies.CreateDraftAsync(MonthlyDraft(mine, 0) with
        {
            Name = "越权",
            PartnerTarget = RebatePartnerTarget.Partners, PartnerIds = [await Database.PartnerIdAsync("P0001"), northPartner],
        });

        Assert.Equal([(ProblemCodes.OutsideScope, "RegionIds")], otherRegion.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.OutsideScope, "RegionIds")], mixed.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.OutsideScope, "PartnerIds")], otherPartner.Problems.Select(p => (p.Code, p.Field)));
        await using var db = await Database.CreateSystemContextAsync();
        Assert.False(await db.RebatePolicies.AnyAsync(p => p.Name == "越权"));
    }

    [Fact]
    public async Task A_manager_neither_sees_nor_changes_a_policy_of_other_regions()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var north = await RegionIdsAsync(Database, "NORTH");
        var northPolicy = await ActivateAsync(Policies(Database, admin), MonthlyDraft(north, 1) with { Name = "华北", Stackable = true });
        var east = await CallerAsync(Database, DemoUsers.ManagerEast);
        var policies = Policies(Database, east);
        var queries = PolicyQueries(Database, east);
        var accruals = Accruals(Database, east);

        Assert.Null(await queries.GetAsync(northPolicy));
        Assert.Null(await queries.PreviewAsync(northPolicy));
        Assert.DoesNotContain((await queries.ListAsync(new PageRequest(PageSize: 200))).Items, r => r.Id == northPolicy);
        Assert.Equal(ProblemCodes.NotFound, (await policies.CloseAsync(northPolicy)).Problems.Single().Code);
        Assert.Equal(ProblemCodes.NotFound, (await policies.ReviseAsync(northPolicy)).Problems.Single().Code);
        Assert.Equal(ProblemCodes.NotFound, (await accruals.SettleAsync(northPolicy, MonthStart(1))).Problems.Single().Code);
        Assert.Equal(ProblemCodes.NotFound, (await accruals.RecalculateAsync(northPolicy)).Problems.Single().Code);
        Assert.Empty((await accruals.ListAccrualsAsync(northPolicy, MonthStart(1), new PageRequest())).Items);
        Assert.Equal(RebatePolicyStatus.Active, (await PolicyQueries(Database, admin).GetAsync(northPolicy))!.Status);
    }

    [Fact]
    public async Task A_dealer_sees_only_its_own_rebates_now_and_in_the_past()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var regions = await RegionIdsAsync(Database, "EAST", "SOUTH", "NORTH", "SOUTHWEST");
        var policyId = await ActivateAsync(Policies(Database, admin), MonthlyDraft(regions, 2) with { Name = "全国返利", Stackable = true });
        var p0001 = await Database.PartnerIdAsync("P0001");
        var all = await AccrualRowsAsync(Database, policyId);
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var mine = MyRebates(Database, dealer);

        var current = await mine.GetCurrentAsync();
        var past = await mine.GetHistoryAsync(new PageRequest(PageSize: 200));

        var own = all.Where(a => a.PartnerId == p0001).ToList();
        Assert.Equal(own.Where(a => a.PeriodStart == MonthStart(0)).Select(a => a.Id), current.Select(c => c.AccrualId));
        Assert.Equal(own.Where(a => a.PeriodStart < MonthStart(0)).Select(a => a.Id).Order(), past.Items.Select(h => h.AccrualId).Order());
        Assert.Equal(2, past.TotalCount);
        var progress = current.Single();
        var row = own.Single(a => a.PeriodStart == MonthStart(0));
        Assert.Equal((row.NetAmount, row.MoreNeeded, row.AdditionalAmount, "全国返利"), (progress.BasisSoFar, progress.Next?.MoreNeeded, progress.Next?.AdditionalAmount, progress.Name));

        // The manager's list of the same policy does not open to the dealer either.
        Assert.Empty((await Accruals(Database, dealer).ListAccrualsAsync(policyId, MonthStart(1), new PageRequest())).Items);
        Assert.Null(await PolicyQueries(Database, dealer).GetAsync(policyId));
    }
}
