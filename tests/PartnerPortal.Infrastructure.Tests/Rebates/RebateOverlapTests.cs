using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>The ways out of an overlap besides stackable (which pays twice on the same units): leave the shared products out of either policy.</summary>
public sealed class RebateOverlapTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    private static string Month(int monthsBack) => RebatePeriod.Containing(RebatePeriodType.Month, MonthStart(monthsBack)).Label;

    private async Task<(int CategoryId, HashSet<int> ProductIds)> AirConditionersAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        var category = await db.ProductCategories.Where(c => c.Code == "AC").Select(c => c.Id).SingleAsync();
        return (category, (await db.Products.Where(p => p.CategoryId == category).Select(p => p.Id).ToListAsync()).ToHashSet());
    }

    private static RebatePolicyDraft OnCategory(RebatePolicyDraft draft, int categoryId) =>
        draft with { ProductTarget = RebateProductTarget.Categories, CategoryIds = [categoryId] };

    [Fact]
    public async Task Leaving_the_other_policys_category_out_of_the_draft_lets_it_be_activated_and_it_pays_on_the_rest_only()
    {
        var manager = await CallerAsync(Database, DemoUsers.ManagerEast);
        var policies = Policies(Database, manager);
        var queries = PolicyQueries(Database, manager);
        var overlaps = Overlaps(Database, manager);
        var south = await RegionIdsAsync(Database, "SOUTH");
        var (ac, acProducts) = await AirConditionersAsync();
        await ActivateAsync(policies, OnCategory(MonthlyDraft(south, 1), ac) with { Name = "华南空调" });
        var draft = (await policies.CreateDraftAsync(MonthlyDraft(south, 0) with { Name = "华南全品类" })).Value;

        Assert.Equal(ProblemCodes.OverlappingPolicy, Assert.Single((await policies.ActivateAsync(draft)).Problems).Code);
        var overlap = (await overlaps.OverlapAsync(draft))!;

        Assert.Equal("华南空调", overlap.OtherName);
        Assert.Equal((acProducts.Count, MonthStart(0)), (overlap.SharedProducts, overlap.From));
        Assert.True(overlap.SharedPartners > 0);
        Assert.True(overlap.Here.Open);
        Assert.Equal(["AC"], overlap.Here.Categories.Select(c => c.Code));
        // The other one pays on air conditioners only: leaving out everything the draft pays on would leave it nothing.
        Assert.Equal(ProblemCodes.OverlapAllProducts, overlap.There.Closed!.Code);

        Assert.True((await overlaps.ExcludeOverlapHereAsync(draft, overlap.OtherId)).Succeeded);
        var changed = (await queries.GetAsync(draft))!;
        Assert.Equal(RebateProductTarget.All, changed.Draft.ProductTarget);
        Assert.Equal([ac], changed.Draft.ExcludedCategoryIds);
        Assert.Equal(["AC"], changed.ExcludedCategories.Select(c => c.Code));
        Assert.Null(await overlaps.OverlapAsync(draft));
        Assert.True((await policies.ActivateAsync(draft)).Succeeded);

        var shipped = await ShippedInMemoryAsync(Database, MonthStart(0), MonthStart(-1).AddDays(-1), p => !acProducts.Contains(p));
        var rows = await AccrualRowsAsync(Database, draft);
        Assert.NotEmpty(rows);
        Assert.All(rows, a => Assert.Equal(shipped.GetValueOrDefault(a.PartnerId, new RebateBasisFigures(0m, 0m)).NetAmount, a.NetAmount));

        await using var db = await Database.CreateSystemContextAsync();
        var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id)
            .FirstAsync(e => e.EntityType == nameof(RebatePolicy) && e.EntityKey == draft.ToString() && e.Action == AuditAction.Updated);
        Assert.Equal(DemoUsers.ManagerEast, entry.UserName);
        Assert.Contains(nameof(RebatePolicy.ExcludedCategoryIds), JsonDocument.Parse(entry.Changes).RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Leaving_the_drafts_category_out_of_the_other_policy_is_a_revision_from_the_first_shared_month()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var queries = PolicyQueries(Database, admin);
        var overlaps = Overlaps(Database, admin);
        var southwest = await RegionIdsAsync(Database, "SOUTHWEST");
        var (ac, acProducts) = await AirConditionersAsync();
        var baseId = await ActivateAsync(policies, MonthlyDraft(southwest, 2) with { Name = "西南全品类" });
        var before = await AccrualRowsAsync(Database, baseId);
        var draft = (await policies.CreateDraftAsync(OnCategory(MonthlyDraft(southwest, 0), ac) with { Name = "西南空调冲量" })).Value;
        Assert.Equal(ProblemCodes.OverlappingPolicy, Assert.Single((await policies.ActivateAsync(draft)).Problems).Code);

        var overlap = (await overlaps.OverlapAsync(draft))!;
        Assert.Equal((baseId, acProducts.Count), (overlap.OtherId, overlap.SharedProducts));
        Assert.Equal(ProblemCodes.OverlapAllProducts, overlap.Here.Closed!.Code);
        Assert.True(overlap.There.Open);
        Assert.Equal(Month(0), overlap.There.FromPeriod);
        Assert.Equal(["AC"], overlap.There.Categories.Select(c => c.Code));

        var revisionId = (await overlaps.ExcludeOverlapThereAsync(draft, baseId)).Value;
        var revision = (await queries.GetAsync(revisionId))!;
        Assert.Equal((2, RebatePolicyStatus.Draft, MonthStart(0), "西南全品类"),
            (revision.VersionNumber, revision.Status, revision.Draft.StartsOn, revision.Draft.Name));
        Assert.Equal(RebateProductTarget.All, revision.Draft.ProductTarget);
        Assert.Equal([ac], revision.Draft.ExcludedCategoryIds);
        // One draft revision at a time.
        Assert.Equal(ProblemCodes.RevisionPending, Assert.Single((await overlaps.ExcludeOverlapThereAsync(draft, baseId)).Problems).Code);
        Assert.Equal(ProblemCodes.RevisionPending, (await overlaps.OverlapAsync(draft))!.There.Closed!.Code);

        Assert.True((await policies.ActivateAsync(revisionId)).Succeeded);
        Assert.True((await policies.ActivateAsync(draft)).Succeeded);

        // The months before the revision keep the figures the first version gave them.
        var old = (await queries.GetAsync(baseId))!;
        Assert.Equal((RebatePolicyStatus.Superseded, MonthStart(0).AddDays(-1)), (old.Status, old.Draft.EndsOn));
        Assert.Equal(before.Where(a => a.PeriodStart < MonthStart(0)).Select(a => (a.Id, a.Amount)),
            (await AccrualRowsAsync(Database, baseId)).Select(a => (a.Id, a.Amount)));
        var rest = await ShippedInMemoryAsync(Database, MonthStart(0), MonthStart(-1).AddDays(-1), p => !acProducts.Contains(p));
        Assert.All(await AccrualRowsAsync(Database, revisionId),
            a => Assert.Equal(rest.GetValueOrDefault(a.PartnerId, new RebateBasisFigures(0m, 0m)).NetAmount, a.NetAmount));
    }

    [Fact]
    public async Task The_other_policy_cannot_be_revised_into_an_ended_month_nor_by_a_manager_of_only_some_of_its_regions()
    {
        var admin = Policies(Database, await CallerAsync(Database, DemoUsers.Admin));
        var adminQueries = PolicyQueries(Database, await CallerAsync(Database, DemoUsers.Admin));
        var adminOverlaps = Overlaps(Database, await CallerAsync(Database, DemoUsers.Admin));
        var manager = Policies(Database, await CallerAsync(Database, DemoUsers.ManagerEast));
        var managerOverlaps = Overlaps(Database, await CallerAsync(Database, DemoUsers.ManagerEast));
        var (ac, _) = await AirConditionersAsync();
        var eastNorth = await RegionIdsAsync(Database, "EAST", "NORTH");
        var baseId = await ActivateAsync(admin, MonthlyDraft(eastNorth, 2) with { Name = "华东华北全品类" });

        // The admin's draft starts last month, which the other policy has already paid for.
        var early = (await admin.CreateDraftAsync(OnCategory(MonthlyDraft(eastNorth, 1), ac) with { Name = "上月起空调" })).Value;
        var ended = (await adminOverlaps.OverlapAsync(early))!.There.Closed!;
        Assert.Equal((ProblemCodes.RevisionInEndedPeriod, null), (ended.Code, ended.Field));
        Assert.Equal(new object[] { Month(1), Month(0) }, ended.Args);
        Assert.Equal(ProblemCodes.RevisionInEndedPeriod,
            Assert.Single((await adminOverlaps.ExcludeOverlapThereAsync(early, baseId)).Problems).Code);

        // The east manager sees the policy (it reaches into East China) but does not manage North China.
        var mine = (await manager.CreateDraftAsync(OnCategory(MonthlyDraft(await RegionIdsAsync(Database, "EAST"), 0), ac) with { Name = "华东空调" })).Value;
        var overlap = (await managerOverlaps.OverlapAsync(mine))!;
        Assert.Equal(baseId, overlap.OtherId);
        Assert.Equal(ProblemCodes.NotManageable, overlap.There.Closed!.Code);
        Assert.Equal(ProblemCodes.NotManageable, Assert.Single((await managerOverlaps.ExcludeOverlapThereAsync(mine, baseId)).Problems).Code);
        Assert.Equal([1], (await adminQueries.GetAsync(baseId))!.Versions.Select(v => v.VersionNumber));
    }
}
