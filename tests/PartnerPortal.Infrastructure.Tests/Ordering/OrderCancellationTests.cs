using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>P0001 (EAST, Strategic): 4 × AC-1001 at 2,803.00 = 11,212.00, reserved in Shanghai (195 on hand).</summary>
public sealed class OrderCancellationTests
{
    [Fact]
    public async Task A_dealer_cancelling_their_approved_order_releases_the_stock_and_the_exposure()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await CreditAsync(database, "P0001");
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        Assert.Equal((195, 4), await StockAsync(database, "AC-1001", "WH-SH"));
        Assert.Equal(before.ApprovedUninvoiced + 11_212.00m, (await CreditAsync(database, "P0001")).ApprovedUninvoiced);

        var outcome = await Cancellations(database, await DealerOfAsync(database, "P0001")).CancelAsync(orderId);

        Assert.True(outcome.Succeeded);
        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(database, orderId)).Status);
        Assert.Equal((195, 0), await StockAsync(database, "AC-1001", "WH-SH"));
        var after = await CreditAsync(database, "P0001");
        Assert.Equal(before.ApprovedUninvoiced, after.ApprovedUninvoiced);
        Assert.Equal(before.Balance, after.Balance);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.StockReservations.AnyAsync());
    }

    [Fact]
    public async Task A_manager_cancelling_a_pending_order_moves_no_stock_and_no_credit()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var before = await CreditAsync(database, "P0006");

        var outcome = await Cancellations(database, await CallerAsync(database, DemoUsers.ManagerEast)).CancelAsync(orderId);

        Assert.True(outcome.Succeeded);
        var order = await OrderAsync(database, orderId);
        Assert.Equal((OrderStatus.PendingApproval, OrderStatus.Cancelled), order.Events.OrderBy(e => e.Id).Select(e => (e.From, e.To)).Last());
        Assert.Equal((244, 0), await StockAsync(database, "REF-2001", "WH-SH"));
        var after = await CreditAsync(database, "P0006");
        Assert.Equal((before.Balance, 0m), (after.Balance, after.ApprovedUninvoiced));
    }

    [Fact]
    public async Task Cancelling_an_order_a_manager_approved_gives_back_its_stock_and_exposure()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0006", SubmissionOutcome.PendingApproval, ("REF-2001", 60));
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        Assert.True((await Approvals(database, manager).ApproveAsync(orderId, null)).Succeeded);
        Assert.Equal(99_304.80m, (await CreditAsync(database, "P0006")).ApprovedUninvoiced);

        Assert.True((await Cancellations(database, manager).CancelAsync(orderId)).Succeeded);

        Assert.Equal(0m, (await CreditAsync(database, "P0006")).ApprovedUninvoiced);
        Assert.Equal((244, 0), await StockAsync(database, "REF-2001", "WH-SH"));
    }

    [Fact]
    public async Task An_order_that_has_started_shipping_cannot_be_cancelled()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var (lineId, warehouseId, _) = await ReservationAsync(database, orderId, "AC-1001");
        Assert.True((await Shipments(database, manager).ShipAsync(orderId, warehouseId, [(lineId, 2)])).Succeeded);
        var credit = await CreditAsync(database, "P0001");

        var partial = await Cancellations(database, manager).CancelAsync(orderId);
        Assert.True((await Shipments(database, manager).ShipAsync(orderId, warehouseId, [(lineId, 2)])).Succeeded);
        var shipped = await Cancellations(database, await DealerOfAsync(database, "P0001")).CancelAsync(orderId);

        Assert.Equal((ProblemCodes.WrongOrderStatus, "PartiallyShipped"), (Assert.Single(partial.Problems).Code, partial.Problems[0].Args[0]));
        Assert.Equal((ProblemCodes.WrongOrderStatus, "Shipped"), (Assert.Single(shipped.Problems).Code, shipped.Problems[0].Args[0]));
        Assert.Equal(OrderStatus.Shipped, (await OrderAsync(database, orderId)).Status);
        Assert.Equal((191, 0), await StockAsync(database, "AC-1001", "WH-SH")); // 195 − 4 shipped
        Assert.Equal(credit.Balance + 5_606.00m, (await CreditAsync(database, "P0001")).Balance); // only the second shipment moved it
    }

    [Fact]
    public async Task Another_partners_dealer_finds_nothing_and_a_trainee_may_not_cancel()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        var foreign = await Cancellations(database, await DealerOfAsync(database, "P0002")).CancelAsync(orderId);

        Assert.Equal((ProblemCodes.NotFound, "Order"), (Assert.Single(foreign.Problems).Code, foreign.Problems[0].Field));
        await Assert.ThrowsAsync<ScopeViolationException>(async () =>
            await Cancellations(database, await CallerAsync(database, DemoUsers.TraineeP0001)).CancelAsync(orderId));
        Assert.Equal(OrderStatus.Approved, (await OrderAsync(database, orderId)).Status);
        Assert.Equal((195, 4), await StockAsync(database, "AC-1001", "WH-SH"));
    }
}
