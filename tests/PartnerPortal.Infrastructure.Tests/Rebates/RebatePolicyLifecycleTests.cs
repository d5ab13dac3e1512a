using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>Preview, the overlap rule, revisions from a period on, and closing.</summary>
public sealed class RebatePolicyLifecycleTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    private static IEnumerable<(string, string?)> Codes(IEnumerable<Problem> problems) => problems.Select(p => (p.Code, p.Field));

    [Fact]
    public async Task The_preview_shows_last_month_for_each_partner_in_scope_and_saves_nothing()
    {
        var manager = await CallerAsync(Database, DemoUsers.ManagerNorth);
        var regions = await RegionIdsAsync(Database, "NORTH");
        var policies = Policies(Database, manager);
        var queries = PolicyQueries(Database, manager);
        var draft = MonthlyDraft(regions, 0) with { Name = "预览", PartnerTarget = RebatePartnerTarget.Tiers, PartnerTiers = [Domain.Partners.PartnerTier.Core] };
        var created = await policies.CreateDraftAsync(draft);

        var preview = await queries.PreviewAsync(created.Value);

        var lastMonth = RebatePeriod.Containing(RebatePeriodType.Month, MonthStart(1));
        Assert.Equal((lastMonth.Label, lastMonth.Start, lastMonth.End), (preview!.PeriodLabel, preview.Start, preview.End));
        var shipped = await ShippedInMemoryAsync(Database, lastMonth.Start, lastMonth.End, _ => true);
        Assert.NotEmpty(preview.Rows);
        Assert.All(preview.Rows, r => Assert.Equal(Domain.Partners.PartnerTier.Core, r.Tier));
        foreach (var row in preview.Rows)
        {
            var expected = RebateCalculator.Calculate(draft.Scheme, shipped.GetValueOrDefault(row.PartnerId, new RebateBasisFigures(0m, 0m)));
            Assert.Equal((expected.Basis, expected.TierReached, expected.Amount), (row.Basis, row.TierReached, row.Amount));
        }
        Assert.Equal(preview.Rows.Sum(r => r.Amount), preview.TotalAmount);
        Assert.Empty(await AccrualRowsAsync(Database, created.Value));
        Assert.Equal(RebatePolicyStatus.Draft, (await queries.GetAsync(created.Value))!.Status);
    }

    [Fact]
    public async Task A_second_exclusive_policy_on_the_same_partners_and_products_is_refused_unless_stackable()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var regions = await RegionIdsAsync(Database, "SOUTHWEST");
        await ActivateAsync(policies, MonthlyDraft(regions, 0) with { Name = "西南基础返利" });

        var second = await policies.CreateDraftAsync(MonthlyDraft(regions, 0) with { Name = "西南加码" });
        var refused = await policies.ActivateAsync(second.Value);
        Assert.Equal([ProblemCodes.OverlappingPolicy], refused.Problems.Select(p => p.Code));
        Assert.Equal("西南基础返利", refused.Problems[0].Args[1]);

        var stackable = await policies.CreateDraftAsync(MonthlyDraft(regions, 0) with { Name = "西南叠加", Stackable = true });
        Assert.True((await policies.ActivateAsync(stackable.Value)).Succeeded);
    }

    [Fact]
    public async Task A_revision_applies_from_its_first_day_and_the_months_before_keep_their_figures()
    {
        var manager = await CallerAsync(Database, DemoUsers.ManagerEast);
        var policies = Policies(Database, manager);
        var queries = PolicyQueries(Database, manager);
        var regions = await RegionIdsAsync(Database, "SOUTH");
        var v1 = await ActivateAsync(policies, MonthlyDraft(regions, 2) with { Name = "华南返利", Stackable = true });
        var before = (await AccrualRowsAsync(Database, v1)).Where(a => a.PeriodStart < MonthStart(0)).ToList();

        var revised = await policies.ReviseAsync(v1);
        var draft = (await queries.GetAsync(revised.Value))!;
        Assert.Equal((2, RebatePolicyStatus.Draft, MonthStart(-1)), (draft.VersionNumber, draft.Status, draft.Draft.StartsOn));
        Assert.Equal(revised.Value, (await policies.ReviseAsync(v1)).Value); // one pending revision at a time

        // Into a closed month: refused when saved, nothing changes.
        var higher = draft.Draft with { Tiers = [new RebateTier(10_000m, 2m), new RebateTier(50_000m, 4m)] };
        Assert.Equal([(ProblemCodes.RevisionInEndedPeriod, "StartsOn")],
            Codes((await policies.UpdateDraftAsync(revised.Value, higher with { StartsOn = MonthStart(1) })).Problems));

        Assert.True((await policies.UpdateDraftAsync(revised.Value, higher with { StartsOn = MonthStart(0) })).Succeeded);
        Assert.True((await policies.ActivateAsync(revised.Value)).Succeeded);

        var old = (await queries.GetAsync(v1))!;
        Assert.Equal((RebatePolicyStatus.Superseded, MonthStart(0).AddDays(-1)), (old.Status, old.Draft.EndsOn));
        var after = await AccrualRowsAsync(Database, v1);
        Assert.Equal(before.Select(a => (a.Id, a.Amount, a.TierReached)), after.Select(a => (a.Id, a.Amount, a.TierReached)));
        var current = await AccrualRowsAsync(Database, revised.Value);
        Assert.NotEmpty(current);
        Assert.All(current, a => Assert.Equal(MonthStart(0), a.PeriodStart));
        Assert.Equal([1, 2], draft.Versions.Select(v => v.VersionNumber));
    }

    [Fact]
    public async Task Closing_ends_the_policy_after_the_current_period_and_an_active_policy_cannot_be_edited()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var queries = PolicyQueries(Database, admin);
        var regions = await RegionIdsAsync(Database, "EAST");
        var id = await ActivateAsync(policies, MonthlyDraft(regions, 1) with { Name = "华东到期", Stackable = true });

        var edit = await policies.UpdateDraftAsync(id, MonthlyDraft(regions, 1) with { Name = "改名" });
        Assert.Equal([ProblemCodes.WrongPolicyStatus], edit.Problems.Select(p => p.Code));
        Assert.True((await policies.CloseAsync(id)).Succeeded);

        var closed = (await queries.GetAsync(id))!;
        Assert.Equal((RebatePolicyStatus.Closed, MonthStart(-1).AddDays(-1), "华东到期"), (closed.Status, closed.Draft.EndsOn, closed.Draft.Name));
        Assert.Equal(2, closed.Periods.Count);
        Assert.Equal([ProblemCodes.WrongPolicyStatus], (await policies.CloseAsync(id)).Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task The_list_pages_on_the_server_and_filters_by_status()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var queries = PolicyQueries(Database, admin);
        var regions = await RegionIdsAsync(Database, "NORTH");
        for (var i = 0; i < 3; i++) await policies.CreateDraftAsync(MonthlyDraft(regions, 0) with { Name = $"草稿{i}" });

        var page = await queries.ListAsync(new PageRequest(0, 2), RebatePolicyStatus.Draft);

        Assert.Equal(2, page.Items.Count);
        Assert.True(page.TotalCount >= 3);
        Assert.All(page.Items, r => Assert.Equal(RebatePolicyStatus.Draft, r.Status));
        Assert.True(string.CompareOrdinal(page.Items[0].Code, page.Items[1].Code) > 0);
    }
}
