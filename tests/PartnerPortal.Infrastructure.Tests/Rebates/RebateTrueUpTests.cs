using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Rebates.RebateTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Rebates;

/// <summary>
/// A settled month whose shipments change afterwards is corrected at the next settlement of the policy, by a credit or
/// debit note of the difference, once; the settled accrual stays as it was. The policy pays ¥10 a unit, retroactively,
/// on one product for P0001 from a threshold set around what P0001 shipped of it in the month (<c>Q</c> units). Each test
/// has a policy of its own over the three months of history.
/// </summary>
public sealed class RebateTrueUpTests(HistoryDatabase history) : IClassFixture<HistoryDatabase>
{
    private TestDatabase Database => history.Database;

    private static readonly DateOnly Month = MonthStart(2);
    private static string MonthLabel => RebatePeriod.Containing(RebatePeriodType.Month, Month).Label;

    [Fact]
    public async Task A_late_shipment_into_a_settled_month_is_topped_up_at_the_next_settlement_once()
    {
        var database = Database;
        var (partnerId, productId, sku, shipped) = await BusiestProductAsync(database);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var policyId = await PolicyAsync(database, manager, partnerId, productId, threshold: shipped + 3);
        var accruals = Accruals(database, manager);
        Assert.True((await accruals.SettleAsync(policyId, Month)).Succeeded);
        var settled = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month);
        Assert.Equal((shipped, 0m), (settled.Quantity, settled.Amount)); // three units short of the tier: nothing paid
        var balanceBefore = (await CreditAsync(database, "P0001")).Balance;

        // Five units shipped on the 10th of that month, reported by the ERP only now.
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, (sku, 5));
        var line = await ReservationAsync(database, orderId, sku);
        var late = await Shipments(database, manager).ShipExternalAsync(orderId, line.WarehouseId, [(line.LineId, 5)], "ERP-LATE-1", Month.AddDays(9));
        Assert.True(late.Succeeded);
        var next = await accruals.SettleAsync(policyId, MonthStart(1));

        Assert.True(next.Succeeded, string.Join(", ", next.Problems));
        var expected = (shipped + 5) * 10m; // the tier is now reached: ¥10 on every unit, retroactively
        Assert.Equal((1, 0, expected), (next.Value!.TrueUps.TopUps, next.Value.TrueUps.ClawBacks, next.Value.TrueUps.Net));
        await using var db = await database.CreateSystemContextAsync();
        var trueUp = await db.RebateTrueUps.AsNoTracking().Include(t => t.LedgerEntry).SingleAsync(t => t.PolicyId == policyId);
        var shipmentNumber = await db.Shipments.Where(s => s.Id == late.Value!.ShipmentId).Select(s => s.Number).SingleAsync();
        Assert.Equal((settled.Id, Month, 1), (trueUp.AccrualId, trueUp.PeriodStart, trueUp.Sequence));
        Assert.Equal((shipped, shipped + 5, 0m, expected, expected), (trueUp.QuantityBefore, trueUp.Quantity, trueUp.SettledBefore, trueUp.Recomputed, trueUp.Difference));
        Assert.Equal(shipmentNumber, trueUp.Cause);
        Assert.Equal(LedgerEntryKind.CreditNote, trueUp.LedgerEntry!.Kind);
        Assert.Equal(expected, trueUp.LedgerEntry.Amount);
        Assert.Equal($"true-up of {MonthLabel} (v1) {await CodeAsync(database, policyId)}: +¥{expected:#,0.00}", trueUp.LedgerEntry.Reference);
        Assert.Equal(balanceBefore + await InvoicedAsync(database, late.Value!.ShipmentId) - expected,
            (await CreditAsync(database, "P0001")).Balance);
        // The settled accrual is as it was, and the true-up is in the audit log under the manager's name.
        var accrualNow = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month);
        Assert.Equal((settled.Quantity, settled.Amount, settled.SettledAt), (accrualNow.Quantity, accrualNow.Amount, accrualNow.SettledAt));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(RebateTrueUp) && e.UserName == DemoUsers.ManagerEast));

        // Settling again, with nothing changed since, posts nothing more.
        var again = await accruals.SettleAsync(policyId, MonthStart(1));
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Value!.TrueUps.Count);
        Assert.Equal(1, await db.RebateTrueUps.CountAsync(t => t.PolicyId == policyId));
        var reference = trueUp.LedgerEntry.Reference;
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Reference == reference));
    }

    [Fact]
    public async Task A_basis_that_drops_below_a_retroactive_tier_is_clawed_back_whole_by_a_debit_note()
    {
        var database = Database;
        var (partnerId, productId, _, shipped) = await BusiestProductAsync(database);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var policyId = await PolicyAsync(database, manager, partnerId, productId, threshold: shipped);
        var accruals = Accruals(database, manager);
        Assert.True((await accruals.SettleAsync(policyId, Month)).Succeeded);
        var settled = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month);
        Assert.Equal(shipped * 10m, settled.Amount); // the tier reached exactly: ¥10 on every unit
        var balanceBefore = (await CreditAsync(database, "P0001")).Balance;

        // One unit fewer on a line already counted: the basis falls one unit below the tier.
        await ChangeOneLineAsync(database, partnerId, productId, -1);
        var next = await accruals.SettleAsync(policyId, MonthStart(1));

        Assert.True(next.Succeeded, string.Join(", ", next.Problems));
        Assert.Equal((0, 1, -shipped * 10m), (next.Value!.TrueUps.TopUps, next.Value.TrueUps.ClawBacks, next.Value.TrueUps.Net));
        await using var db = await database.CreateSystemContextAsync();
        var trueUp = await db.RebateTrueUps.AsNoTracking().Include(t => t.LedgerEntry).SingleAsync(t => t.PolicyId == policyId);
        Assert.Equal((shipped, shipped - 1, shipped * 10m, 0m, -shipped * 10m, 0),
            (trueUp.QuantityBefore, trueUp.Quantity, trueUp.SettledBefore, trueUp.Recomputed, trueUp.Difference, trueUp.TierReached));
        Assert.Equal("", trueUp.Cause); // no document came late: a counted line changed
        Assert.Equal((LedgerEntryKind.DebitNote, shipped * 10m), (trueUp.LedgerEntry!.Kind, trueUp.LedgerEntry.Amount));
        Assert.Matches($"^DN-{Today:yyyyMM}-\\d{{5}}$", trueUp.LedgerEntry.Number);
        Assert.EndsWith($": \u2212¥{shipped * 10m:#,0.00}", trueUp.LedgerEntry.Reference);
        Assert.Equal(balanceBefore + shipped * 10m, (await CreditAsync(database, "P0001")).Balance);

        // The line back as it was: the tier is reached again and the claw-back is paid back, a second true-up.
        await ChangeOneLineAsync(database, partnerId, productId, +1);
        var third = await accruals.SettleAsync(policyId, MonthStart(1));
        Assert.Equal((1, shipped * 10m), (third.Value!.TrueUps.TopUps, third.Value.TrueUps.Net));
        var second = await db.RebateTrueUps.AsNoTracking().SingleAsync(t => t.PolicyId == policyId && t.Sequence == 2);
        Assert.Equal((shipped - 1, shipped, 0m, shipped * 10m), (second.QuantityBefore, second.Quantity, second.SettledBefore, second.Recomputed));
        Assert.Equal(balanceBefore, (await CreditAsync(database, "P0001")).Balance);
    }

    [Fact]
    public async Task The_drill_down_lists_the_basis_lines_to_the_partner_and_its_regions_manager_only()
    {
        var database = Database;
        var (partnerId, productId, sku, shipped) = await BusiestProductAsync(database);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var policyId = await PolicyAsync(database, manager, partnerId, productId, threshold: shipped + 3);
        var accruals = Accruals(database, manager);
        Assert.True((await accruals.SettleAsync(policyId, Month)).Succeeded);
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, (sku, 5));
        var line = await ReservationAsync(database, orderId, sku);
        Assert.True((await Shipments(database, manager).ShipExternalAsync(orderId, line.WarehouseId, [(line.LineId, 5)], "ERP-LATE-2", Month.AddDays(3))).Succeeded);
        Assert.True((await accruals.SettleAsync(policyId, MonthStart(1))).Succeeded);
        await using var db = await database.CreateSystemContextAsync();
        var trueUpId = await db.RebateTrueUps.Where(t => t.PolicyId == policyId).Select(t => t.Id).SingleAsync();
        var accrualId = (await AccrualRowsAsync(database, policyId)).Single(a => a.PeriodStart == Month).Id;

        var dealer = Basis(database, await CallerAsync(database, DemoUsers.DealerP0001));
        var explained = await dealer.ExplainTrueUpAsync(trueUpId);
        var lines = await dealer.TrueUpLinesAsync(trueUpId, new PageRequest(0, 200));

        Assert.NotNull(explained);
        Assert.Equal((true, 1, MonthLabel, shipped + 5, (decimal?)shipped), (explained.TrueUp, explained.VersionNumber, explained.PeriodLabel, explained.BasisFigure, explained.BasisBefore));
        Assert.Equal(shipped + 5, lines.Items.Sum(l => l.Quantity));
        Assert.Equal(lines.TotalCount, lines.Items.Count);
        var lateLine = Assert.Single(lines.Items, l => l.AfterSettlement);
        Assert.Equal((5, Month.AddDays(3), Today, sku), (lateLine.Quantity, lateLine.ShippedOn, lateLine.RecordedOn, lateLine.Sku));
        Assert.All(lines.Items, l => Assert.True(l.ShippedOn >= Month && l.ShippedOn <= Month.AddMonths(1).AddDays(-1)));
        var accrualLines = await dealer.AccrualLinesAsync(accrualId, new PageRequest(0, 200));
        Assert.Equal(shipped, accrualLines.Items.Where(l => !l.AfterSettlement).Sum(l => l.Quantity)); // what was paid on
        Assert.NotNull(await Basis(database, manager).ExplainTrueUpAsync(trueUpId));

        // Another partner's dealer and another region's manager get nothing for the same ids, as for ids that do not exist.
        foreach (var outsider in new[] { DemoUsers.DealerP0002, DemoUsers.ManagerNorth })
        {
            var basis = Basis(database, await CallerAsync(database, outsider));
            Assert.Null(await basis.ExplainTrueUpAsync(trueUpId));
            Assert.Null(await basis.ExplainAccrualAsync(accrualId));
            Assert.Empty((await basis.TrueUpLinesAsync(trueUpId, new PageRequest())).Items);
            Assert.Equal(0, (await basis.AccrualLinesAsync(accrualId, new PageRequest())).TotalCount);
        }
        Assert.Null(await dealer.ExplainTrueUpAsync(trueUpId + 1000));
    }

    /// <summary>P0001 and the product it received most units of in the month, with those units.</summary>
    private static async Task<(int PartnerId, int ProductId, string Sku, decimal Shipped)> BusiestProductAsync(TestDatabase database)
    {
        var partnerId = await database.PartnerIdAsync("P0001");
        await using var db = await database.CreateSystemContextAsync();
        var end = Month.AddMonths(1).AddDays(-1);
        var lines = await (from l in db.ShipmentLines
                           join s in db.Shipments on l.ShipmentId equals s.Id
                           join ol in db.OrderLines on l.OrderLineId equals ol.Id
                           where s.PartnerId == partnerId && s.ShippedOn >= Month && s.ShippedOn <= end
                           select new { ol.ProductId, l.Quantity })
            .ToListAsync();
        var busiest = lines.GroupBy(l => l.ProductId).Select(g => new { ProductId = g.Key, Quantity = (decimal)g.Sum(x => x.Quantity) })
            .OrderByDescending(x => x.Quantity).ThenBy(x => x.ProductId).First();
        var sku = await db.Products.Where(p => p.Id == busiest.ProductId).Select(p => p.Sku).SingleAsync();
        // Cross-check against the independent in-memory sum.
        var inMemory = await ShippedInMemoryAsync(database, Month, end, id => id == busiest.ProductId);
        Assert.Equal(busiest.Quantity, inMemory[partnerId].Quantity);
        return (partnerId, busiest.ProductId, sku, busiest.Quantity);
    }

    private static async Task<int> PolicyAsync(TestDatabase database, ICurrentUserAccessor manager, int partnerId, int productId,
        decimal threshold)
    {
        var region = await RegionIdsAsync(database, "EAST");
        var draft = new RebatePolicyDraft("单品返利", RebatePeriodType.Month, Month, new DateOnly(Today.Year + 1, 12, 31), RebateBasis.Quantity,
            RebateMode.Retroactive, [new RebateTier(threshold, 10m)], null, true, region, RebatePartnerTarget.Partners, [], [partnerId],
            RebateProductTarget.Products, [], [productId]);
        return await ActivateAsync(Policies(database, manager), draft);
    }

    private static async Task<string> CodeAsync(TestDatabase database, int policyId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.RebatePolicies.Where(p => p.Id == policyId).Select(p => p.Code).SingleAsync();
    }

    private static async Task<decimal> InvoicedAsync(TestDatabase database, int shipmentId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Shipments.Where(s => s.Id == shipmentId).Select(s => s.Invoice!.Amount).SingleAsync();
    }

    /// <summary>Changes the quantity of the month's first line of the product with at least two units, as a correction would.</summary>
    private static async Task ChangeOneLineAsync(TestDatabase database, int partnerId, int productId, int by)
    {
        await using var db = await database.CreateSystemContextAsync();
        var end = Month.AddMonths(1).AddDays(-1);
        var line = await (from l in db.ShipmentLines
                          join s in db.Shipments on l.ShipmentId equals s.Id
                          where s.PartnerId == partnerId && s.ShippedOn >= Month && s.ShippedOn <= end && l.OrderLine!.ProductId == productId
                                && l.Quantity >= 2
                          orderby l.Id
                          select l).FirstAsync();
        line.Quantity += by;
        await db.SaveChangesAsync();
    }
}
