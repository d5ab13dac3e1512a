using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>
/// A rebate's basis is net of returns: goods received back count against the period of the shipment they reverse, in the
/// open accrual and, once that period is settled, as a true-up at the next settlement. The policy pays ¥10 a unit,
/// retroactively, on one product for P0001 from a threshold; each test ships that product itself so that it knows the
/// figures, and has a policy of its own.
/// </summary>
public sealed class RebateReturnTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    private static readonly DateOnly Month = MonthStart(2);
    private static string MonthLabel => RebatePeriod.Containing(RebatePeriodType.Month, Month).Label;

    [Fact]
    public async Task A_return_into_a_settled_month_that_loses_a_retroactive_tier_is_clawed_back_whole_because_of_the_return()
    {
        var database = Database;
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var (partnerId, productId, shipped) = await ShippedInMonthAsync(database, "WASH-3001");
        // 10 more units of it shipped on the 10th of the month: the tier is reached exactly.
        var (orderId, shipmentLineId) = await ShipAsync(database, manager, "WASH-3001", 10, Month.AddDays(9), "ERP-RMA-1");
        var policyId = await PolicyAsync(database, manager, partnerId, productId, threshold: shipped + 10);
        var accruals = Accruals(database, manager);
        Assert.True((await accruals.SettleAsync(policyId, Month)).Succeeded);
        var settled = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month);
        Assert.Equal((shipped + 10, (shipped + 10) * 10m), (settled.Quantity, settled.Amount));
        var balanceBefore = (await CreditAsync(database, "P0001")).Balance;

        // The dealer sends 3 of them back; the warehouse receives 2 (restocked): the basis drops 2 units below the tier.
        var rmaId = await ApprovedReturnAsync(database, orderId, (shipmentLineId, 3));
        var rma = await ReturnAsync(database, rmaId);
        var received = await Receipts(database, manager).ReceiveAsync(rmaId, await WarehouseIdAsync(database, "WH-SH"),
            [new ReceivedReturnLine(rma.Lines.Single().Id, 2, ReturnDisposition.Restock)]);
        Assert.True(received.Succeeded, string.Join(", ", received.Problems.Select(p => p.Code)));
        var unitPrice = rma.Lines.Single().UnitPrice;
        Assert.Equal(balanceBefore - 2 * unitPrice, (await CreditAsync(database, "P0001")).Balance); // the return's own credit note

        var next = await accruals.SettleAsync(policyId, MonthStart(1));

        Assert.True(next.Succeeded, string.Join(", ", next.Problems));
        var clawedBack = (shipped + 10) * 10m; // below the tier, the retroactive ¥10 on every unit is lost
        Assert.Equal((0, 1, -clawedBack), (next.Value!.TrueUps.TopUps, next.Value.TrueUps.ClawBacks, next.Value.TrueUps.Net));
        await using var db = await database.CreateSystemContextAsync();
        var trueUp = await db.RebateTrueUps.AsNoTracking().Include(t => t.LedgerEntry).SingleAsync(t => t.PolicyId == policyId);
        Assert.Equal((shipped + 10, shipped + 8, clawedBack, 0m, -clawedBack),
            (trueUp.QuantityBefore, trueUp.Quantity, trueUp.SettledBefore, trueUp.Recomputed, trueUp.Difference));
        Assert.Equal(rma.Number, trueUp.Cause);
        Assert.Equal((LedgerEntryKind.DebitNote, clawedBack), (trueUp.LedgerEntry!.Kind, trueUp.LedgerEntry.Amount));
        Assert.Equal($"true-up of {MonthLabel} (v1) {await CodeAsync(database, policyId)}: \u2212¥{clawedBack:#,0.00}", trueUp.LedgerEntry.Reference);
        Assert.Equal(balanceBefore - 2 * unitPrice + clawedBack, (await CreditAsync(database, "P0001")).Balance);
        var accrualNow = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month);
        Assert.Equal((settled.Quantity, settled.Amount), (accrualNow.Quantity, accrualNow.Amount)); // the settled row never changes

        // The drill-down lists the return as a negative line on the shipment it reverses, posted after the settlement.
        var dealer = Basis(database, await CallerAsync(database, DemoUsers.DealerP0001));
        var lines = await dealer.TrueUpLinesAsync(trueUp.Id, new PageRequest(0, 200));
        var returned = Assert.Single(lines.Items, l => l.ReturnNumber is not null);
        var shipmentNumber = await (from l in db.ShipmentLines
                                    join s in db.Shipments on l.ShipmentId equals s.Id
                                    where l.Id == shipmentLineId
                                    select s.Number).SingleAsync();
        Assert.Equal((rma.Number, -2, -2 * unitPrice, Month.AddDays(9), shipmentNumber, true, (DateOnly?)Today),
            (returned.ReturnNumber, returned.Quantity, returned.Amount, returned.ShippedOn, returned.DocumentNumber, returned.AfterSettlement,
                returned.RecordedOn));
        Assert.Equal(shipped + 8, lines.Items.Sum(l => l.Quantity));

        // Settling again, with nothing changed since, posts nothing more.
        Assert.Equal(0, (await accruals.SettleAsync(policyId, MonthStart(1))).Value!.TrueUps.Count);
    }

    [Fact]
    public async Task An_open_months_accrual_counts_only_what_came_back_and_a_requested_return_changes_nothing()
    {
        var database = Database;
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var openMonth = MonthStart(0);
        var (partnerId, productId, shippedBefore) = await ShippedInMonthAsync(database, "AC-1001", openMonth);
        var (orderId, shipmentLineId) = await ShipAsync(database, manager, "AC-1001", 6, Today, "ERP-RMA-2");
        var policyId = await PolicyAsync(database, manager, partnerId, productId, threshold: 1m);
        var accruals = Accruals(database, manager);
        async Task<decimal> OpenQuantityAsync()
        {
            Assert.True((await accruals.RecalculateAsync(policyId, openMonth)).Succeeded);
            return (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == openMonth).Quantity;
        }
        Assert.Equal(shippedBefore + 6, await OpenQuantityAsync());

        // Requested and approved: nothing has come back yet.
        var rmaId = await ApprovedReturnAsync(database, orderId, (shipmentLineId, 4));
        Assert.Equal(shippedBefore + 6, await OpenQuantityAsync());

        // 3 of the 4 received, one scrapped: both came back and both count.
        var line = (await ReturnAsync(database, rmaId)).Lines.Single();
        Assert.True((await Receipts(database, manager).ReceiveAsync(rmaId, await WarehouseIdAsync(database, "WH-SH"),
            [new ReceivedReturnLine(line.Id, 3, ReturnDisposition.Scrap)])).Succeeded);
        Assert.Equal(shippedBefore + 3, await OpenQuantityAsync());
        var accrual = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == openMonth);
        Assert.Equal((shippedBefore + 3) * 10m, accrual.Amount);
    }

    /// <summary>P0001, the product and the units of it shipped to P0001 in the month so far.</summary>
    private static async Task<(int PartnerId, int ProductId, decimal Shipped)> ShippedInMonthAsync(TestDatabase database, string sku,
        DateOnly? month = null)
    {
        var start = month ?? Month;
        var partnerId = await database.PartnerIdAsync("P0001");
        await using var db = await database.CreateSystemContextAsync();
        var productId = await db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
        var inMemory = await ShippedInMemoryAsync(database, start, start.AddMonths(1).AddDays(-1), id => id == productId);
        return (partnerId, productId, inMemory.TryGetValue(partnerId, out var figures) ? figures.Quantity : 0m);
    }

    /// <summary>An approved order of P0001 shipped whole as the ERP reports it, on the given day; its shipment line.</summary>
    private static async Task<(int OrderId, int ShipmentLineId)> ShipAsync(TestDatabase database, ICurrentUserAccessor manager, string sku,
        int quantity, DateOnly shippedOn, string reference)
    {
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, (sku, quantity));
        var line = await ReservationAsync(database, orderId, sku);
        var shipped = await Shipments(database, manager).ShipExternalAsync(orderId, line.WarehouseId, [(line.LineId, quantity)], reference, shippedOn);
        Assert.True(shipped.Succeeded, string.Join(", ", shipped.Problems));
        await using var db = await database.CreateSystemContextAsync();
        return (orderId, await db.ShipmentLines.Where(l => l.ShipmentId == shipped.Value!.ShipmentId).Select(l => l.Id).SingleAsync());
    }

    private static async Task<int> PolicyAsync(TestDatabase database, ICurrentUserAccessor manager, int partnerId, int productId,
        decimal threshold)
    {
        var region = await RegionIdsAsync(database, "EAST");
        var draft = new RebatePolicyDraft("退货净额返利", RebatePeriodType.Month, Month, new DateOnly(Today.Year + 1, 12, 31), RebateBasis.Quantity,
            RebateMode.Retroactive, [new RebateTier(threshold, 10m)], null, true, region, RebatePartnerTarget.Partners, [], [partnerId],
            RebateProductTarget.Products, [], [productId]);
        return await ActivateAsync(Policies(database, manager), draft);
    }

    private static async Task<string> CodeAsync(TestDatabase database, int policyId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.RebatePolicies.Where(p => p.Id == policyId).Select(p => p.Code).SingleAsync();
    }
}
