using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Access;

/// <summary>
/// P0009 is in NORTH: manager.east (EAST + SOUTH) must find nothing of it, whatever id is typed, and change nothing;
/// manager.north may. Dealers may use none of the brand staff's services.
/// </summary>
public sealed class BrandStaffScopeTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_manager_of_other_regions_finds_no_north_order_or_partner_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0009", SubmissionOutcome.Approved, ("AC-1001", 2)); // 2,803.00 × 2
        var p9 = await database.PartnerIdAsync("P0009");
        var (lineId, warehouseId, _) = await ReservationAsync(database, orderId, "AC-1001");
        var credit = await CreditAsync(database, "P0009");
        var east = await CallerAsync(database, DemoUsers.ManagerEast);

        NotFound(await Approvals(database, east).ApproveAsync(orderId, null), "Order");
        NotFound(await Approvals(database, east).RejectAsync(orderId, "No"), "Order");
        NotFound(await Cancellations(database, east).CancelAsync(orderId), "Order");
        NotFound(await Shipments(database, east).ShipAsync(orderId, warehouseId, [(lineId, 2)]), "Order");
        NotFound(await Payments(database, east).RecordPaymentAsync(p9, 1_000.00m, Today, "X"), "Partner");
        NotFound(await CreditSettings(database, east).UpdateAsync(p9, new CreditSettings(1m, CreditMode.Soft, 0, 0)), "Partner");

        Assert.Equal(OrderStatus.Approved, (await OrderAsync(database, orderId)).Status);
        Assert.Equal((195, 2), await StockAsync(database, "AC-1001", "WH-SH"));
        var unchanged = await CreditAsync(database, "P0009");
        Assert.Equal((credit.CreditLimit, credit.Balance, credit.ApprovedUninvoiced, credit.Version),
            (unchanged.CreditLimit, unchanged.Balance, unchanged.ApprovedUninvoiced, unchanged.Version));

        var shipped = await Shipments(database, await CallerAsync(database, DemoUsers.ManagerNorth)).ShipAsync(orderId, warehouseId, [(lineId, 2)]);
        Assert.True(shipped.Succeeded);
        Assert.Equal(credit.Balance + 5_606.00m, (await CreditAsync(database, "P0009")).Balance);
    }

    [Fact]
    public async Task A_dealer_calling_a_brand_staff_service_is_refused_outright()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var p1 = await database.PartnerIdAsync("P0001");
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);

        await Refused(() => Approvals(database, dealer).ListPendingAsync(new PageRequest()));
        await Refused(() => Approvals(database, dealer).ApproveAsync(orderId, null));
        await Refused(() => Approvals(database, dealer).RejectAsync(orderId, "No"));
        await Refused(() => Shipments(database, dealer).ShipAsync(orderId, 1, [(1, 1)]));
        await Refused(() => Payments(database, dealer).RecordPaymentAsync(p1, 1_000.00m, Today, "X"));
        await Refused(() => CreditSettings(database, dealer).UpdateAsync(p1, new CreditSettings(9_999_999m, CreditMode.Soft, 365, 90)));

        Assert.Equal(3_000_000.00m, (await CreditAsync(database, "P0001")).CreditLimit);
        Assert.Equal(OrderStatus.Approved, (await OrderAsync(database, orderId)).Status);
    }

    private static void NotFound(Outcome outcome, string field) =>
        Assert.Equal((ProblemCodes.NotFound, field), (Assert.Single(outcome.Problems).Code, outcome.Problems[0].Field));

    private static void NotFound<T>(Outcome<T> outcome, string field) =>
        Assert.Equal((ProblemCodes.NotFound, field), (Assert.Single(outcome.Problems).Code, outcome.Problems[0].Field));

    private static Task Refused(Func<Task> call) => Assert.ThrowsAsync<ScopeViolationException>(call);
}
