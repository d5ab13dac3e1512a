using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The partners' month totals move in the same save as the shipments: P0001 (EAST) ships 3 × AC-1001 at 2,803.00 on
/// 10 February 2026 and 1 more on 20 February, i.e. 8,409.00 + 2,803.00 = 11,212.00 in two shipments.
/// </summary>
public sealed class ShipmentMonthTotalTests
{
    private static readonly DateOnly February = new(2026, 2, 1);

    [Fact]
    public async Task Shipments_through_the_service_add_up_in_their_partners_month_and_a_repeated_reference_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var shipments = Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast));

        Assert.True((await shipments.ShipExternalAsync(orderId, ac.WarehouseId, [(ac.LineId, 3)], "ERP-1", new DateOnly(2026, 2, 10))).Succeeded);
        Assert.Equal([(February, 8_409.00m, 1)], await TotalsAsync(database, "P0001"));

        Assert.True((await shipments.ShipExternalAsync(orderId, ac.WarehouseId, [(ac.LineId, 1)], "ERP-2", new DateOnly(2026, 2, 20))).Succeeded);
        var again = await shipments.ShipExternalAsync(orderId, ac.WarehouseId, [(ac.LineId, 1)], "ERP-2", new DateOnly(2026, 2, 20));

        Assert.False(again.Value!.Created);
        Assert.Equal([(February, 11_212.00m, 2)], await TotalsAsync(database, "P0001"));
    }

    [Fact]
    public async Task A_shipment_the_database_refuses_leaves_no_total_behind()
    {
        await using var database = await TestDatabase.CreateAsync();
        var partnerId = await database.PartnerIdAsync("P0001");
        await using (var db = await database.CreateSystemContextAsync())
        {
            var warehouseId = await db.Warehouses.Select(w => w.Id).FirstAsync();
            // No such order: the foreign key fails the save after the total was added to it.
            db.Shipments.Add(new Shipment
            {
                Number = "SH-NO-ORDER", OrderId = 999_999, PartnerId = partnerId, WarehouseId = warehouseId, ShippedOn = February,
                ShippedByUserId = "tests", Amount = 100.00m,
            });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Empty(await TotalsAsync(database, "P0001"));
    }

    [Fact]
    public async Task Removing_or_moving_a_shipment_takes_it_out_of_its_month()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var ac = await ReservationAsync(database, orderId, "AC-1001");
        var shipments = Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast));
        await shipments.ShipExternalAsync(orderId, ac.WarehouseId, [(ac.LineId, 3)], "ERP-1", new DateOnly(2026, 2, 10));
        await shipments.ShipExternalAsync(orderId, ac.WarehouseId, [(ac.LineId, 1)], "ERP-2", new DateOnly(2026, 2, 20));

        await using (var db = await database.CreateSystemContextAsync())
        {
            var second = await db.Shipments.SingleAsync(s => s.ExternalReference == "ERP-2");
            second.ShippedOn = new DateOnly(2026, 3, 1);
            await db.SaveChangesAsync();
        }
        Assert.Equal([(February, 8_409.00m, 1), (new DateOnly(2026, 3, 1), 2_803.00m, 1)], await TotalsAsync(database, "P0001"));

        await using (var db = await database.CreateSystemContextAsync())
        {
            var second = await db.Shipments.Include(s => s.Lines).SingleAsync(s => s.ExternalReference == "ERP-2");
            db.ShipmentLines.RemoveRange(second.Lines);
            db.Shipments.Remove(second);
            await db.SaveChangesAsync();
        }
        Assert.Equal([(February, 8_409.00m, 1)], await TotalsAsync(database, "P0001"));
    }

    private static async Task<List<(DateOnly Month, decimal Amount, int Count)>> TotalsAsync(TestDatabase database, string partnerCode)
    {
        await using var db = await database.CreateSystemContextAsync();
        var rows = await db.ShipmentMonthTotals.AsNoTracking().Where(t => t.Partner!.Code == partnerCode).OrderBy(t => t.Month)
            .Select(t => new { t.Month, t.Amount, t.Count }).ToListAsync();
        return rows.Select(r => (r.Month, r.Amount, r.Count)).ToList();
    }
}
