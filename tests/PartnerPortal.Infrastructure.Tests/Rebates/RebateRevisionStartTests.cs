using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>Where a revision may start, checked when it is saved and again when it is activated; and the preview of any offered period.</summary>
public sealed class RebateRevisionStartTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    private static string Month(int monthsBack) => RebatePeriod.Containing(RebatePeriodType.Month, MonthStart(monthsBack)).Label;

    [Fact]
    public async Task A_revision_starting_in_a_settled_or_ended_month_is_refused_at_save_naming_it_and_the_first_month_it_may_start_in()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var queries = PolicyQueries(Database, admin);
        var v1 = await ActivateAsync(policies, MonthlyDraft(await RegionIdsAsync(Database, "NORTH"), 3) with { Name = "华北月度", Stackable = true });
        Assert.True((await Accruals(Database, admin).SettleAsync(v1, MonthStart(2))).Succeeded);
        var revision = (await policies.ReviseAsync(v1)).Value;
        var draft = (await queries.GetAsync(revision))!.Draft;

        var settled = await policies.UpdateDraftAsync(revision, draft with { StartsOn = MonthStart(2), Name = "改" });
        var problem = Assert.Single(settled.Problems);
        Assert.Equal((ProblemCodes.RevisionInSettledPeriod, "StartsOn"), (problem.Code, problem.Field));
        Assert.Equal(new object[] { Month(2), Month(0) }, problem.Args);

        var ended = Assert.Single((await policies.UpdateDraftAsync(revision, draft with { StartsOn = MonthStart(1) })).Problems);
        Assert.Equal((ProblemCodes.RevisionInEndedPeriod, "StartsOn"), (ended.Code, ended.Field));
        Assert.Equal(new object[] { Month(1), Month(0) }, ended.Args);

        // Nothing of the refused saves stuck.
        var stored = (await queries.GetAsync(revision))!;
        Assert.Equal((draft.StartsOn, draft.Name), (stored.Draft.StartsOn, stored.Draft.Name));
        Assert.Equal(MonthStart(0), stored.EarliestRevisionStart);

        Assert.True((await policies.UpdateDraftAsync(revision, draft with { StartsOn = MonthStart(0) })).Succeeded);
        Assert.True((await policies.ActivateAsync(revision)).Succeeded);
    }

    [Fact]
    public async Task Activation_checks_again_as_the_month_a_revision_starts_in_may_have_ended_since_it_was_saved()
    {
        var admin = await CallerAsync(Database, DemoUsers.Admin);
        var policies = Policies(Database, admin);
        var queries = PolicyQueries(Database, admin);
        var v1 = await ActivateAsync(policies, MonthlyDraft(await RegionIdsAsync(Database, "NORTH"), 1) with { Name = "华北跨月", Stackable = true });
        var revision = (await policies.ReviseAsync(v1)).Value;
        var draft = (await queries.GetAsync(revision))!.Draft;
        Assert.True((await policies.UpdateDraftAsync(revision, draft with { StartsOn = MonthStart(0) })).Succeeded);

        var nextMonth = Policies(Database, admin, new FixedClock(MonthStart(-1).AddDays(2)));
        var refused = Assert.Single((await nextMonth.ActivateAsync(revision)).Problems);

        Assert.Equal(ProblemCodes.RevisionInEndedPeriod, refused.Code);
        Assert.Equal(new object[] { Month(0), Month(-1) }, refused.Args);
        Assert.Equal(RebatePolicyStatus.Draft, (await queries.GetAsync(revision))!.Status);
    }

    [Fact]
    public async Task The_preview_of_an_active_version_takes_the_period_the_manager_picks()
    {
        var manager = await CallerAsync(Database, DemoUsers.ManagerNorth);
        var policies = Policies(Database, manager);
        var queries = PolicyQueries(Database, manager);
        var id = await ActivateAsync(policies, MonthlyDraft(await RegionIdsAsync(Database, "NORTH"), 2) with { Name = "华北预览", Stackable = true });
        var detail = (await queries.GetAsync(id))!;

        Assert.Equal(MonthStart(1), detail.DefaultPreviewStart);
        Assert.Equal(MonthStart(0), detail.PreviewPeriods[0].Start);
        Assert.True(detail.PreviewPeriods[0].Running);
        Assert.All(detail.PreviewPeriods.Skip(1), p => Assert.False(p.Running));

        // Two months back: the version's own month, so the preview gives what its accruals say.
        var preview = (await queries.PreviewAsync(id, MonthStart(2)))!;
        Assert.Equal((Month(2), false), (preview.PeriodLabel, preview.Running));
        var accrued = (await AccrualRowsAsync(Database, id)).Where(a => a.PeriodStart == MonthStart(2)).ToDictionary(a => a.PartnerId, a => a.Amount);
        Assert.NotEmpty(preview.Rows);
        Assert.All(preview.Rows, r => Assert.Equal(accrued[r.PartnerId], r.Amount));
        Assert.True(preview.TotalAmount > 0);

        Assert.True((await queries.PreviewAsync(id, MonthStart(0)))!.Running);
        Assert.Equal(Month(1), (await queries.PreviewAsync(id))!.PeriodLabel);
        // Only the periods offered: not one years back, not a day that does not start a period.
        Assert.Null(await queries.PreviewAsync(id, MonthStart(40)));
        Assert.Null(await queries.PreviewAsync(id, MonthStart(1).AddDays(3)));
    }
}
