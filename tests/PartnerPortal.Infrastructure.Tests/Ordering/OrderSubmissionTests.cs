using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

public sealed class OrderSubmissionTests
{
    [Fact]
    public async Task An_order_within_credit_is_approved_at_the_tier_price_with_stock_reserved_and_exposure_raised()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0001"); // Strategic: explicit tier prices, else 12 % off list
        var ac = await ProductAsync(database, "AC-1001");      // explicit Strategic price 2,803.00; MOQ 2
        var before = await CreditAsync(database, "P0001");

        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest("k-1", [new RequestedLine(ac.Id, 4)]));

        Assert.Equal(SubmissionOutcome.Approved, result.Outcome);
        Assert.Equal(11_212.00m, result.Total); // 2,803.00 × 4
        Assert.Equal(ac.Available - 4, (await ProductAsync(database, "AC-1001")).Available);
        var after = await CreditAsync(database, "P0001");
        Assert.Equal(before.ApprovedUninvoiced + 11_212.00m, after.ApprovedUninvoiced);

        await using var db = await database.CreateSystemContextAsync();
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Events).SingleAsync(o => o.Id == result.OrderId);
        Assert.Equal(OrderStatus.Approved, order.Status);
        Assert.Equal(2_803.00m, Assert.Single(order.Lines).UnitPrice);
        Assert.Equal([OrderStatus.Submitted, OrderStatus.Approved], order.Events.OrderBy(e => e.Id).Select(e => e.To));
        Assert.Equal(4, await db.StockReservations.Where(r => r.OrderLine!.OrderId == order.Id).SumAsync(r => r.Quantity));
    }

    [Fact]
    public async Task Over_the_limit_in_hard_mode_is_blocked_with_the_figures_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0002"); // Core, limit 800,000.00, balance 768,400.00 → 31,600.00 available
        var fridge = await ProductAsync(database, "REF-2001");

        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest("k-2", [new RequestedLine(fridge.Id, 60)]));

        Assert.Equal(SubmissionOutcome.Blocked, result.Outcome);
        Assert.Equal(BlockReason.OverLimit, result.Credit!.Reason);
        Assert.Equal(31_600.00m, result.Credit.Figures.Available);
        Assert.Null(result.OrderId);
        Assert.Equal(fridge.Available, (await ProductAsync(database, "REF-2001")).Available);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Orders.AnyAsync());
    }

    [Fact]
    public async Task Over_the_limit_in_soft_mode_waits_for_approval_without_reserving()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0006"); // soft mode, 800,000.00 − 702,000.00 = 98,000.00 available
        var fridge = await ProductAsync(database, "REF-2001");

        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest("k-3", [new RequestedLine(fridge.Id, 60)]));

        Assert.Equal(SubmissionOutcome.PendingApproval, result.Outcome);
        Assert.NotNull(result.OrderId);
        Assert.Equal(fridge.Available, (await ProductAsync(database, "REF-2001")).Available);
        Assert.Equal(0m, (await CreditAsync(database, "P0006")).ApprovedUninvoiced);
    }

    [Fact]
    public async Task An_overdue_invoice_past_the_grace_days_blocks_and_names_the_invoice()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0004"); // 86,500.00 invoiced 75 days ago, 30 days' terms, 7 grace days
        var kettle = await ProductAsync(database, "SMALL-6001");

        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest("k-4", [new RequestedLine(kettle.Id, 12)]));

        Assert.Equal(SubmissionOutcome.Blocked, result.Outcome);
        Assert.Equal(BlockReason.OverdueInvoice, result.Credit!.Reason);
        Assert.Equal(86_500.00m, result.Credit.OverdueInvoice!.OpenAmount);
        Assert.Equal(45, result.Credit.DaysOverdue); // due 75 − 30 = 45 days ago
    }

    [Fact]
    public async Task A_bad_quantity_names_the_sku_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0001");
        var ac = await ProductAsync(database, "AC-1001"); // minimum 2

        var result = await SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest("k-5", [new RequestedLine(ac.Id, 1)]));

        Assert.Equal(SubmissionOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.BelowMinimumQuantity, "AC-1001"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task A_submission_failing_on_its_last_line_leaves_no_order_no_reservation_and_no_exposure()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0001");
        var ac = await ProductAsync(database, "AC-1001");
        var fan = await ProductAsync(database, "SMALL-6001");
        await SetStockAsync(database, fan.Id, 6);
        var before = await CreditAsync(database, "P0001");

        var result = await SubmissionsFor(database, dealer).SubmitAsync(
            new OrderRequest("k-6", [new RequestedLine(ac.Id, 4), new RequestedLine(fan.Id, 12)]));

        Assert.Equal(SubmissionOutcome.Invalid, result.Outcome);
        Assert.Equal(ProblemCodes.InsufficientStock, Assert.Single(result.Problems).Code);
        Assert.Equal(ac.Available, (await ProductAsync(database, "AC-1001")).Available);
        Assert.Equal(6, (await ProductAsync(database, "SMALL-6001")).Available);
        Assert.Equal(before.ApprovedUninvoiced, (await CreditAsync(database, "P0001")).ApprovedUninvoiced);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Orders.AnyAsync());
        Assert.False(await db.StockReservations.AnyAsync());
    }

    [Fact]
    public async Task The_same_key_submitted_five_times_at_once_makes_one_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0001");
        var ac = await ProductAsync(database, "AC-1001");
        var request = new OrderRequest("double-click", [new RequestedLine(ac.Id, 2)]);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => SubmissionsFor(database, dealer).SubmitAsync(request))));

        Assert.Single(results.Select(r => r.OrderId).Distinct());
        Assert.Equal(4, results.Count(r => r.IsRepeat));
        Assert.Equal(ac.Available - 2, (await ProductAsync(database, "AC-1001")).Available);
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Fifty_concurrent_orders_with_credit_for_twenty_approve_exactly_twenty()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealer = await DealerOfAsync(database, "P0001"); // hard mode
        var ac = await ProductAsync(database, "AC-1001");
        const decimal orderTotal = 5_606.00m;               // 2,803.00 × 2
        await SetCreditAsync(database, "P0001", a => a.Balance + a.ApprovedUninvoiced + 20 * orderTotal);
        await SetStockAsync(database, ac.Id, 1_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            SubmissionsFor(database, dealer).SubmitAsync(new OrderRequest($"credit-{i}", [new RequestedLine(ac.Id, 2)])))));

        Assert.Equal(20, results.Count(r => r.Outcome == SubmissionOutcome.Approved));
        Assert.Equal(30, results.Count(r => r.Outcome == SubmissionOutcome.Blocked));
        var account = await CreditAsync(database, "P0001");
        Assert.Equal(20 * orderTotal, account.ApprovedUninvoiced);
        Assert.True(account.Exposure <= account.CreditLimit);
        Assert.Equal(1_000 - 40, (await ProductAsync(database, "AC-1001")).Available);
    }

    [Fact]
    public async Task Fifty_concurrent_orders_from_several_partners_for_the_last_twenty_units_reserve_at_most_twenty()
    {
        await using var database = await TestDatabase.CreateAsync();
        var partners = new[] { "P0001", "P0003", "P0005", "P0009", "P0012" };
        var dealers = new List<FakeCurrentUserAccessor>();
        foreach (var code in partners)
        {
            dealers.Add(await DealerOfAsync(database, code));
            await SetCreditAsync(database, code, a => a.Balance + 10_000_000m);
        }
        var fan = await ProductAsync(database, "SMALL-6001");
        await SetStockAsync(database, fan.Id, 20);
        var quantity = await MinimumAsync(database, fan.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            SubmissionsFor(database, dealers[i % dealers.Count]).SubmitAsync(
                new OrderRequest($"stock-{i}", [new RequestedLine(fan.Id, quantity)])))));

        var approved = results.Count(r => r.Outcome == SubmissionOutcome.Approved);
        Assert.Equal(20 / quantity, approved);
        Assert.All(results.Where(r => r.Outcome != SubmissionOutcome.Approved),
            r => Assert.Equal(ProblemCodes.InsufficientStock, Assert.Single(r.Problems).Code));
        Assert.Equal(20 - approved * quantity, (await ProductAsync(database, "SMALL-6001")).Available);
        Assert.True((await ProductAsync(database, "SMALL-6001")).Available >= 0);
    }

    [Fact]
    public async Task Only_a_dealer_may_submit()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.TraineeP0001);
        var ac = await ProductAsync(database, "AC-1001");
        await Assert.ThrowsAsync<ScopeViolationException>(() =>
            database.Get<OrderSubmissionService>().SubmitAsync(new OrderRequest("k-7", [new RequestedLine(ac.Id, 2)])));
    }

    private static async Task<int> MinimumAsync(TestDatabase database, int productId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Products.Where(p => p.Id == productId).Select(p => Math.Max(p.MinOrderQuantity, p.OrderMultiple)).SingleAsync();
    }
}
