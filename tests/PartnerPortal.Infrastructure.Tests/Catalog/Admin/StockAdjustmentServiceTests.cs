using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Catalog.Admin;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Catalog.Admin.CatalogAdminTestKit;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

/// <summary>Demo stock: AC-1001 has 195 in WH-SH and 107 in WH-GZ; AC-1003 has no row in WH-GZ. Nothing is reserved.</summary>
public sealed class StockAdjustmentServiceTests
{
    [Fact]
    public async Task A_positive_adjustment_adds_to_on_hand_and_records_who_why_and_the_result()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        var admin = await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Stock(database).AdjustAsync(sh, ac1001, 5, "  盘点多出 5 台  ");

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal((200, 0), await StockAsync(database, "WH-SH", "AC-1001"));
        await using var db = await database.CreateSystemContextAsync();
        var adjustment = await db.StockAdjustments.SingleAsync();
        Assert.Equal((sh, ac1001, 5, 200, "盘点多出 5 台"),
            (adjustment.WarehouseId, adjustment.ProductId, adjustment.Delta, adjustment.OnHandAfter, adjustment.Reason));
        Assert.Equal((admin.UserId, DemoUsers.Admin), (adjustment.UserId, adjustment.UserName));
        Assert.Equal(Now, adjustment.At);
    }

    [Fact]
    public async Task A_negative_adjustment_writes_stock_off()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Stock(database).AdjustAsync(sh, ac1001, -15, "运输破损");

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal((180, 0), await StockAsync(database, "WH-SH", "AC-1001"));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(180, (await db.StockAdjustments.SingleAsync()).OnHandAfter);
    }

    [Fact]
    public async Task Stock_may_go_down_to_exactly_what_is_reserved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await SetReservedAsync(database, "WH-SH", "AC-1001", 190);
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Stock(database).AdjustAsync(sh, ac1001, -5, "盘亏");

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal((190, 190), await StockAsync(database, "WH-SH", "AC-1001"));
    }

    [Fact]
    public async Task An_adjustment_below_what_is_reserved_is_refused_with_the_figures_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await SetReservedAsync(database, "WH-SH", "AC-1001", 190);
        await database.SignInAsync(DemoUsers.Admin);
        var lastAudit = await LastAuditIdAsync(database);

        // 195 − 10 = 185, five short of the 190 promised to orders.
        var outcome = await Stock(database).AdjustAsync(sh, ac1001, -10, "盘亏");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ProblemCodes.StockBelowReserved, "Delta"), (problem.Code, problem.Field));
        Assert.Equal(["AC-1001", 195, 185, 190], problem.Args);
        Assert.Equal((195, 190), await StockAsync(database, "WH-SH", "AC-1001"));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(0, await db.StockAdjustments.CountAsync());
        Assert.Empty(await AuditEntriesAfterAsync(database, lastAudit, nameof(StockAdjustment)));
    }

    [Fact]
    public async Task An_adjustment_below_zero_is_refused_with_the_figures()
    {
        await using var database = await TestDatabase.CreateAsync();
        var gz = await WarehouseIdAsync(database, "WH-GZ");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        var ac1003 = await ProductIdAsync(database, "AC-1003");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Stock(database);

        var belowZero = await service.AdjustAsync(gz, ac1001, -108, "报废"); // 107 − 108 = −1
        var neverStocked = await service.AdjustAsync(gz, ac1003, -1, "报废");

        var problem = Assert.Single(belowZero.Problems);
        Assert.Equal((ProblemCodes.StockBelowZero, "Delta"), (problem.Code, problem.Field));
        Assert.Equal(["AC-1001", 107, -1], problem.Args);
        Assert.Equal(["AC-1003", 0, -1], Assert.Single(neverStocked.Problems).Args);
        Assert.Equal((107, 0), await StockAsync(database, "WH-GZ", "AC-1001"));
        Assert.Null(await StockAsync(database, "WH-GZ", "AC-1003"));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(0, await db.StockAdjustments.CountAsync());
    }

    [Fact]
    public async Task A_positive_adjustment_of_a_product_never_stocked_in_the_warehouse_creates_its_stock_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        var gz = await WarehouseIdAsync(database, "WH-GZ");
        var ac1003 = await ProductIdAsync(database, "AC-1003");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Stock(database);

        var first = await service.AdjustAsync(gz, ac1003, 12, "调拨入库");
        var second = await service.AdjustAsync(gz, ac1003, -2, "样机");

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal((10, 0), await StockAsync(database, "WH-GZ", "AC-1003"));
        Assert.Equal(new StockFigures(10, 0), await service.GetFiguresAsync(gz, ac1003));
    }

    [Fact]
    public async Task An_adjustment_is_audited_with_its_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        var admin = await database.SignInAsync(DemoUsers.Admin);
        var lastAudit = await LastAuditIdAsync(database);

        await Stock(database).AdjustAsync(sh, ac1001, -15, "运输破损");

        var entry = Assert.Single(await AuditEntriesAfterAsync(database, lastAudit, nameof(StockAdjustment)));
        Assert.Equal((AuditAction.Created, admin.UserId, DemoUsers.Admin), (entry.Action, entry.UserId, entry.UserName));
        Assert.Equal(-15, Change(entry, nameof(StockAdjustment.Delta)).New!.Value.GetInt32());
        Assert.Equal(180, Change(entry, nameof(StockAdjustment.OnHandAfter)).New!.Value.GetInt32());
        Assert.Equal("运输破损", Change(entry, nameof(StockAdjustment.Reason)).New!.Value.GetString());
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal((await db.StockAdjustments.SingleAsync()).Id.ToString(), entry.EntityKey);
    }

    [Fact]
    public async Task Invalid_input_is_refused_before_anything_is_touched()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Stock(database);

        var empty = await service.AdjustAsync(sh, ac1001, 0, "  ");
        var unknown = await service.AdjustAsync(99_999, 99_999, 3, "盘点");

        Assert.Equal([(ProblemCodes.NotZero, "Delta"), (ProblemCodes.Required, "Reason")], empty.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.NotFound, "WarehouseId"), (ProblemCodes.NotFound, "ProductId")], unknown.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal((195, 0), await StockAsync(database, "WH-SH", "AC-1001"));
    }

    [Fact]
    public async Task Twenty_concurrent_write_offs_of_10_from_195_leave_5_and_refuse_the_twentieth()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(DemoUsers.Admin);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Stock(database).AdjustAsync(sh, ac1001, -10, $"报废 {i}"))));

        // 19 × 10 = 190 fit in 195; the last would leave −5.
        Assert.Equal(19, outcomes.Count(o => o.Succeeded));
        Assert.Equal(ProblemCodes.StockBelowZero, Assert.Single(outcomes, o => !o.Succeeded).Problems.Single().Code);
        Assert.Equal((5, 0), await StockAsync(database, "WH-SH", "AC-1001"));
        await using var db = await database.CreateSystemContextAsync();
        var afters = await db.StockAdjustments.OrderBy(a => a.Id).Select(a => a.OnHandAfter).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 19).Select(i => 195 - 10 * i), afters);
    }

    [Fact]
    public async Task The_list_shows_the_newest_adjustment_first_and_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var gz = await WarehouseIdAsync(database, "WH-GZ");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        var ref2001 = await ProductIdAsync(database, "REF-2001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Stock(database);
        await service.AdjustAsync(sh, ac1001, 5, "第一次");
        await service.AdjustAsync(gz, ref2001, -5, "第二次");
        await service.AdjustAsync(sh, ac1001, 1, "第三次");

        // All three share the same moment: the order they were recorded in decides.
        var first = await service.ListAsync(new PageRequest(PageSize: 2));
        var second = await service.ListAsync(new PageRequest(Page: 1, PageSize: 2));
        var ofGz = await service.ListAsync(new PageRequest(), warehouseId: gz);

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(["第三次", "第二次"], first.Items.Select(a => a.Reason));
        Assert.Equal(["第一次"], second.Items.Select(a => a.Reason));
        var gzRow = Assert.Single(ofGz.Items);
        // Who made it: the admin's display name, not the sign-in e-mail the adjustment stores.
        Assert.Equal(("WH-GZ", "REF-2001", -5, 60, "系统管理员 Admin"), (gzRow.WarehouseCode, gzRow.Sku, gzRow.Delta, gzRow.OnHandAfter, gzRow.UserName));
        Assert.Equal(201, first.Items[0].OnHandAfter); // 195 + 5 + 1
    }
}
