using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Inventory;

/// <summary>
/// From assets/demo: AC-1005 (0 of threshold 10), REF-2006 (0 of 8), WASH-3007 (2 + 1 = 3 of 5), WATER-5003 (6 + 3 = 9 of 12)
/// and SMALL-6003 (18 + 10 = 28 of 40) are low; the test reserves 50 of AC-1003's 67 (17 left of 20) and empties the
/// inactive AC-1006, which must not be listed.
/// </summary>
public sealed class LowStockTests
{
    [Fact]
    public async Task Active_products_at_or_below_their_threshold_are_listed_emptiest_first_with_each_warehouse()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var arrange = await database.CreateSystemContextAsync())
        {
            (await arrange.StockLevels.SingleAsync(s => s.Product!.Sku == "AC-1003")).Reserved = 50;
            foreach (var level in await arrange.StockLevels.Where(s => s.Product!.Sku == "AC-1006").ToListAsync()) level.OnHand = 0;
            await arrange.SaveChangesAsync();
        }
        var service = LowStock(database, await CallerAsync(database, DemoUsers.Admin));

        var all = await service.ListAsync(new PageRequest());
        var page = await service.ListAsync(new PageRequest(Page: 1, PageSize: 2));

        Assert.Equal(["AC-1005", "REF-2006", "WASH-3007", "WATER-5003", "AC-1003", "SMALL-6003"], all.Items.Select(i => i.Sku));
        Assert.Equal([0, 0, 3, 9, 17, 28], all.Items.Select(i => i.Available));
        Assert.Equal(6, all.TotalCount);
        Assert.Equal([StockState.Out, StockState.Out, StockState.Low, StockState.Low, StockState.Low, StockState.Low], all.Items.Select(i => i.State));
        var washer = all.Items.Single(i => i.Sku == "WASH-3007");
        Assert.Equal((3, 0, 5), (washer.OnHand, washer.Reserved, washer.LowStockThreshold));
        Assert.Equal([("WH-GZ", 1, 0, 1), ("WH-SH", 2, 0, 2)], washer.Warehouses.Select(w => (w.Code, w.OnHand, w.Reserved, w.Available)));
        var ac = all.Items.Single(i => i.Sku == "AC-1003");
        Assert.Equal(("WH-SH", 67, 50, 17), ac.Warehouses.Select(w => (w.Code, w.OnHand, w.Reserved, w.Available)).Single());
        Assert.Equal(6, page.TotalCount);
        Assert.Equal(["WASH-3007", "WATER-5003"], page.Items.Select(i => i.Sku));
    }

    [Fact]
    public async Task Channel_managers_see_the_list_and_dealers_may_not()
    {
        await using var database = await TestDatabase.CreateAsync();

        var list = await LowStock(database, await CallerAsync(database, DemoUsers.ManagerNorth)).ListAsync(new PageRequest());

        Assert.Equal(5, list.TotalCount);
        await Assert.ThrowsAsync<ScopeViolationException>(async () =>
            await LowStock(database, await CallerAsync(database, DemoUsers.DealerP0001)).ListAsync(new PageRequest()));
    }
}
