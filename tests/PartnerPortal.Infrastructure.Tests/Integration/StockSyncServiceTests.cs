using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>On hand from the ERP on a real SQLite database: the reservation floor, what is recorded, what counts as a change.</summary>
public sealed class StockSyncServiceTests
{
    private static async Task<(TestDatabase Database, int WarehouseId, int ProductId)> ArrangeAsync(int? onHand = null, int reserved = 0)
    {
        var database = await TestDatabase.CreateAsync();
        database.SignInAs(new CurrentUser("apikey:7", "api:wms", [PortalRoles.Integration], []));
        await using var db = await database.CreateSystemContextAsync();
        var warehouseId = await db.Warehouses.Where(w => w.Code == "WH-SH").Select(w => w.Id).SingleAsync();
        var product = new Product { Sku = "S-1", Name = "S-1", NameEn = "S-1", CategoryId = (await db.ProductCategories.FirstAsync()).Id, Unit = "台", ListPrice = 1m };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        if (onHand is { } quantity)
        {
            db.StockLevels.Add(new StockLevel { WarehouseId = warehouseId, ProductId = product.Id, OnHand = quantity, Reserved = reserved });
            await db.SaveChangesAsync();
        }
        return (database, warehouseId, product.Id);
    }

    private static StockSyncItem Item(int onHand, string sku = "S-1", string warehouse = "WH-SH") => new() { WarehouseCode = warehouse, Sku = sku, OnHand = onHand };

    private static async Task<(StockLevel? Level, List<StockAdjustment> Adjustments)> StateAsync(TestDatabase database, int productId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return (await db.StockLevels.AsNoTracking().SingleOrDefaultAsync(s => s.ProductId == productId),
            await db.StockAdjustments.AsNoTracking().Where(a => a.ProductId == productId).OrderBy(a => a.Id).ToListAsync());
    }

    [Fact]
    public async Task On_hand_may_come_down_to_exactly_what_is_reserved_and_the_change_is_recorded_by_the_key()
    {
        var (database, warehouseId, productId) = await ArrangeAsync(onHand: 50, reserved: 20);
        await using var _ = database;

        var outcome = await database.Get<StockSyncService>().SetOnHandAsync([Item(20)]);

        Assert.Equal(new UpsertSummary(0, 1, 0), outcome.Value);
        var (level, adjustments) = await StateAsync(database, productId);
        Assert.Equal((20, 20), (level!.OnHand, level.Reserved));
        var adjustment = Assert.Single(adjustments);
        Assert.Equal((warehouseId, -30, 20, "ERP sync", "apikey:7", "api:wms"),
            (adjustment.WarehouseId, adjustment.Delta, adjustment.OnHandAfter, adjustment.Reason, adjustment.UserId, adjustment.UserName));
    }

    [Fact]
    public async Task One_below_what_is_reserved_is_refused_with_the_figures()
    {
        var (database, _, productId) = await ArrangeAsync(onHand: 50, reserved: 20);
        await using var _ = database;

        var outcome = await database.Get<StockSyncService>().SetOnHandAsync([Item(19)]);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(new Problem(ProblemCodes.StockBelowReserved, "onHand", "S-1", 50, 19, 20).Args, problem.Problem.Args);
        Assert.Equal((0, "onHand", ProblemCodes.StockBelowReserved), (problem.Index, problem.Problem.Field, problem.Problem.Code));
        Assert.Equal(50, (await StateAsync(database, productId)).Level!.OnHand);
    }

    [Fact]
    public async Task Zero_for_a_product_never_stocked_in_the_warehouse_changes_nothing_and_creates_no_row()
    {
        var (database, _, productId) = await ArrangeAsync();
        await using var _ = database;

        var outcome = await database.Get<StockSyncService>().SetOnHandAsync([Item(0)]);

        Assert.Equal(new UpsertSummary(0, 0, 1), outcome.Value);
        var (level, adjustments) = await StateAsync(database, productId);
        Assert.Null(level);
        Assert.Empty(adjustments);
    }

    [Fact]
    public async Task A_first_quantity_creates_the_stock_row_and_an_adjustment_from_zero()
    {
        var (database, _, productId) = await ArrangeAsync();
        await using var _ = database;

        var outcome = await database.Get<StockSyncService>().SetOnHandAsync([Item(9)]);

        Assert.Equal(new UpsertSummary(1, 0, 0), outcome.Value);
        var (level, adjustments) = await StateAsync(database, productId);
        Assert.Equal((9, 0), (level!.OnHand, level.Reserved));
        Assert.Equal((9, 9), (Assert.Single(adjustments).Delta, adjustments[0].OnHandAfter));
    }

    [Fact]
    public async Task A_quantity_beyond_the_limit_is_out_of_range()
    {
        var (database, _, _) = await ArrangeAsync();
        await using var _ = database;

        var outcome = await database.Get<StockSyncService>().SetOnHandAsync([Item(StockSyncService.MaxOnHand + 1)]);

        Assert.Equal(ProblemCodes.OutOfRange, Assert.Single(outcome.Problems).Problem.Code);
    }

    [Fact]
    public async Task A_channel_manager_may_not_set_stock()
    {
        var (database, _, _) = await ArrangeAsync();
        await using var _ = database;
        await database.SignInAsync(DemoUsers.ManagerEast);

        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<StockSyncService>().SetOnHandAsync([Item(1)]));
    }
}
