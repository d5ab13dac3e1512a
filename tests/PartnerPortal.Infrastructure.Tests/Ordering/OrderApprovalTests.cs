using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>
/// P0006 (SOUTH, Core, soft mode): limit 800,000.00, balance 702,000.00, so 98,000.00 available. 60 × REF-2001 at the
/// Core price 1,799.00 × 0.92 = 1,655.08 come to 99,304.80, over the available credit: the order waits for approval.
/// </summary>
public sealed class OrderApprovalTests
{
    private const decimal PendingTotal = 99_304.80m; // 1,655.08 × 60

    [Fact]
    public async Task Pending_orders_are_listed_oldest_first_with_the_partners_available_credit_in_the_managers_regions_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var second = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 70)); // 115,855.60

        var east = await Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast)).ListPendingAsync(new PageRequest());
        var north = await Approvals(database, await CallerAsync(database, DemoUsers.ManagerNorth)).ListPendingAsync(new PageRequest());

        Assert.Equal(2, east.TotalCount);
        Assert.Equal([first, second], east.Items.Select(i => i.OrderId));
        var item = east.Items[0];
        Assert.Equal(("P0006", PendingTotal, 98_000.00m), (item.PartnerCode, item.Total, item.AvailableCredit));
        Assert.Equal(115_855.60m, east.Items[1].Total);
        Assert.Equal(0, north.TotalCount);
        Assert.Empty(north.Items);
    }

    [Fact]
    public async Task Approving_reserves_the_stock_commits_the_credit_beyond_the_limit_and_records_the_figures()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var before = await CreditAsync(database, "P0006");

        var outcome = await Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast)).ApproveAsync(orderId, " Long-standing customer ");

        Assert.True(outcome.Succeeded);
        var order = await OrderAsync(database, orderId);
        Assert.Equal(OrderStatus.Approved, order.Status);
        var approval = order.Events.OrderBy(e => e.Id).Last();
        Assert.Equal((OrderStatus.PendingApproval, OrderStatus.Approved), (approval.From, approval.To));
        Assert.Equal(DemoUsers.ManagerEast, approval.UserName);
        // The figures are kept as data for the history to word in the reader's language; the note is the manager's own.
        // 702,000.00 + 99,304.80 = 801,304.80, which is 1,304.80 over the 800,000.00 limit.
        Assert.Equal(OrderEventFact.CreditApproval, approval.Fact);
        Assert.Equal((800_000.00m, 702_000.00m, 99_304.80m), (approval.CreditLimit, approval.Exposure, approval.OrderTotal));
        Assert.Equal((801_304.80m, 98_000.00m, 1_304.80m), (approval.Credit!.ExposureAfter, approval.Credit.Available, approval.Credit.OverLimitBy));
        Assert.Equal("Long-standing customer", approval.Note);
        var after = await CreditAsync(database, "P0006");
        Assert.Equal(PendingTotal, after.ApprovedUninvoiced);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(801_304.80m, after.Exposure);
        // The fullest warehouse (Shanghai, 244 on hand against Guangzhou's 65) holds all 60.
        Assert.Equal((244, 60), await StockAsync(database, "REF-2001", "WH-SH"));
        Assert.Equal((65, 0), await StockAsync(database, "REF-2001", "WH-GZ"));
        Assert.Equal(60, (await ReservationAsync(database, orderId, "REF-2001")).Reserved);
    }

    [Fact]
    public async Task Holding_an_order_over_credit_records_the_credit_figures_as_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));

        var hold = (await OrderAsync(database, orderId)).Events.OrderBy(e => e.Id).Last();

        Assert.Equal((OrderStatus.Submitted, OrderStatus.PendingApproval, OrderEventFact.CreditHold), (hold.From, hold.To, hold.Fact));
        Assert.Equal((800_000.00m, 702_000.00m, PendingTotal), (hold.CreditLimit, hold.Exposure, hold.OrderTotal));
        Assert.Equal("", hold.Note);
    }

    [Fact]
    public async Task Approving_without_enough_stock_is_refused_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var fridge = await ProductAsync(database, "REF-2001");
        await SetStockAsync(database, fridge.Id, 10);
        var before = await CreditAsync(database, "P0006");

        var outcome = await Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast)).ApproveAsync(orderId, null);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(ProblemCodes.InsufficientStock, problem.Code);
        Assert.Equal(new object[] { "REF-2001", 60, 10 }, problem.Args);
        var order = await OrderAsync(database, orderId);
        Assert.Equal(OrderStatus.PendingApproval, order.Status);
        Assert.Equal(2, order.Events.Count); // Submitted, PendingApproval
        Assert.Equal(10, (await ProductAsync(database, "REF-2001")).Available);
        var after = await CreditAsync(database, "P0006");
        Assert.Equal((0m, before.Version), (after.ApprovedUninvoiced, after.Version));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.StockReservations.AnyAsync());
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_then_closes_the_order_with_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var approvals = Approvals(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var blank = await approvals.RejectAsync(orderId, "   ");
        var tooLong = await approvals.RejectAsync(orderId, new string('x', 501));

        Assert.Equal((ProblemCodes.Required, "Reason"), (Assert.Single(blank.Problems).Code, blank.Problems[0].Field));
        Assert.Equal(ProblemCodes.TooLong, Assert.Single(tooLong.Problems).Code);
        Assert.Equal(OrderStatus.PendingApproval, (await OrderAsync(database, orderId)).Status);

        Assert.True((await approvals.RejectAsync(orderId, " Overdue payments in the region ")).Succeeded);
        var order = await OrderAsync(database, orderId);
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("Overdue payments in the region", order.Note);
        Assert.Equal((OrderStatus.Rejected, "Overdue payments in the region"), order.Events.OrderBy(e => e.Id).Select(e => (e.To, e.Note)).Last());
        Assert.Equal(0m, (await CreditAsync(database, "P0006")).ApprovedUninvoiced);

        var late = await approvals.ApproveAsync(orderId, null);
        Assert.Equal((ProblemCodes.WrongOrderStatus, "Rejected"), (Assert.Single(late.Problems).Code, late.Problems[0].Args[0]));
    }

    [Fact]
    public async Task Five_managers_approving_the_same_order_at_once_commit_its_credit_and_stock_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Approvals(database, manager).ApproveAsync(orderId, null))));

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ProblemCodes.WrongOrderStatus, Assert.Single(o.Problems).Code));
        Assert.Equal(PendingTotal, (await CreditAsync(database, "P0006")).ApprovedUninvoiced);
        Assert.Equal((244, 60), await StockAsync(database, "REF-2001", "WH-SH"));
    }
}
