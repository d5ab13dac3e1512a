using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Points;

public sealed class PointsTests
{
    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    private static PointsService Points(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    private static PointsAdminService Admin(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    private static async Task<(PointsAdminService Admin, int P0001, int RewardId)> ArrangeAsync(TestDatabase database, int balance, int cost, int? stock)
    {
        var admin = Admin(database, await CallerAsync(database, DemoUsers.Admin));
        var p0001 = await database.PartnerIdAsync("P0001");
        Assert.True((await admin.AwardAsync(p0001, balance, "开业活动奖励")).Succeeded);
        var reward = await admin.CreateRewardAsync(new RewardDraft("市场推广支持", "Co-marketing support", "", "", cost, stock, true));
        return (admin, p0001, reward.Value);
    }

    [Fact]
    public async Task Concurrent_redemptions_never_spend_more_than_the_balance()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, p0001, rewardId) = await ArrangeAsync(database, balance: 1_000, cost: 400, stock: null);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Points(database, dealer).RedeemAsync(rewardId))));

        Assert.Equal(2, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ProblemCodes.InsufficientPoints, r.Problems.Single().Code));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(200, (await db.PointsAccounts.SingleAsync(a => a.PartnerId == p0001)).Balance);
        Assert.Equal(200, await db.PointsEntries.Where(e => e.PartnerId == p0001).SumAsync(e => e.Points));
        Assert.Equal(2, await db.Redemptions.CountAsync(r => r.PartnerId == p0001 && r.Status == RedemptionStatus.Pending));
    }

    [Fact]
    public async Task The_last_reward_in_stock_goes_to_one_dealer_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, _, rewardId) = await ArrangeAsync(database, balance: 10_000, cost: 100, stock: 1);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Points(database, dealer).RedeemAsync(rewardId))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ProblemCodes.RewardOutOfStock, r.Problems.Single().Code));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(0, (await db.Rewards.SingleAsync(r => r.Id == rewardId)).Stock);
    }

    [Fact]
    public async Task A_trainee_sees_the_points_but_cannot_redeem()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, _, rewardId) = await ArrangeAsync(database, balance: 1_000, cost: 100, stock: null);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);

        var summary = await Points(database, trainee).GetSummaryAsync();
        var result = await Points(database, trainee).RedeemAsync(rewardId);

        Assert.Equal((1_000, false), (summary!.Balance, summary.CanRedeem));
        Assert.Equal(ProblemCodes.RoleCannotRedeem, result.Problems.Single().Code);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Redemptions.AnyAsync());
    }

    [Fact]
    public async Task Rejecting_gives_the_points_and_the_stock_back_once_even_when_two_managers_decide_at_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (admin, p0001, rewardId) = await ArrangeAsync(database, balance: 500, cost: 300, stock: 5);
        var redemption = await Points(database, await CallerAsync(database, DemoUsers.DealerP0001)).RedeemAsync(rewardId);
        var manager = Admin(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var decisions = await Task.WhenAll(
            Task.Run(() => manager.RejectAsync(redemption.Value, "本季度预算已用完")),
            Task.Run(() => admin.RejectAsync(redemption.Value, null)),
            Task.Run(() => admin.ApproveAsync(redemption.Value, null)));

        Assert.Single(decisions, d => d.Succeeded);
        Assert.All(decisions.Where(d => !d.Succeeded), d => Assert.Equal(ProblemCodes.AlreadyDecided, d.Problems.Single().Code));
        await using var db = await database.CreateSystemContextAsync();
        var decided = await db.Redemptions.SingleAsync(r => r.Id == redemption.Value);
        var balance = (await db.PointsAccounts.SingleAsync(a => a.PartnerId == p0001)).Balance;
        var stock = (await db.Rewards.SingleAsync(r => r.Id == rewardId)).Stock;
        if (decided.Status == RedemptionStatus.Rejected) Assert.Equal((500, 5), (balance, stock));
        else Assert.Equal((200, 4), (balance, stock));
        Assert.Equal(balance, await db.PointsEntries.Where(e => e.PartnerId == p0001).SumAsync(e => e.Points));
    }

    [Fact]
    public async Task A_manual_award_is_audited_and_a_correction_cannot_go_below_zero()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = Admin(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var p0001 = await database.PartnerIdAsync("P0001");

        Assert.True((await admin.AwardAsync(p0001, 300, "门店陈列评比第一名")).Succeeded);
        var tooMuch = await admin.AwardAsync(p0001, -301, "更正");
        var noReason = await admin.AwardAsync(p0001, 10, " ");

        Assert.Equal([(ProblemCodes.PointsBelowZero, "Points")], tooMuch.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.Required, "Reason")], noReason.Problems.Select(p => (p.Code, p.Field)));
        Assert.True((await admin.AwardAsync(p0001, -300, "更正：重复发放")).Succeeded);
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(0, (await db.PointsAccounts.SingleAsync(a => a.PartnerId == p0001)).Balance);
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(PointsEntry)).ToListAsync();
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal(DemoUsers.ManagerEast, e.UserName));
        Assert.Contains(audited, e => e.Changes.Contains("门店陈列评比第一名"));
    }

    [Fact]
    public async Task A_partner_sees_only_its_own_points_and_a_manager_only_those_of_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = Admin(database, await CallerAsync(database, DemoUsers.Admin));
        var p0001 = await database.PartnerIdAsync("P0001");
        var p0002 = await database.PartnerIdAsync("P0002");
        await admin.AwardAsync(p0001, 100, "P0001 奖励");
        await admin.AwardAsync(p0002, 200, "P0002 奖励");

        var dealerLedger = await Points(database, await CallerAsync(database, DemoUsers.DealerP0002)).GetLedgerAsync(new PageRequest());
        var north = Admin(database, await CallerAsync(database, DemoUsers.ManagerNorth));

        Assert.Equal(["P0002 奖励"], dealerLedger.Items.Select(e => e.Reason));
        Assert.Null(await north.GetPartnerSummaryAsync(p0001));
        Assert.Empty((await north.GetPartnerLedgerAsync(p0001, new PageRequest())).Items);
        Assert.Equal(ProblemCodes.NotFound, (await north.AwardAsync(p0001, 50, "越权")).Problems.Single().Code);
        Assert.Null(await Points(database, await CallerAsync(database, DemoUsers.ManagerEast)).GetSummaryAsync());
    }
}
