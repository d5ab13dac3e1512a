using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Inventory;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Inventory;

public sealed class WarehouseAdminServiceTests
{
    [Fact]
    public async Task An_admin_lists_creates_and_renames_warehouses_and_the_change_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<WarehouseAdminService>();

        var before = await service.ListAsync();
        Assert.Equal(["WH-GZ", "WH-SH"], before.Select(w => w.Code));
        // warehouses.json: WH-SH stocks 58 of its 60 SKUs (AC-1005 and REF-2006 at 0), 36,897 units; WH-GZ 43 SKUs, 24,424 units.
        Assert.Equal([("WH-GZ", 43, 24_424), ("WH-SH", 58, 36_897)], before.Select(w => (w.Code, w.Products, w.OnHand)));

        var created = await service.SaveAsync(null, new WarehouseDraft(" wh-cd ", " 成都西南仓 ", "Chengdu Southwest Warehouse"));
        Assert.True(created.Succeeded);
        var renamed = await service.SaveAsync(created.Value, new WarehouseDraft("WH-CD", "成都双流仓", "Chengdu Shuangliu Warehouse"));
        Assert.True(renamed.Succeeded);

        await using var db = await database.CreateSystemContextAsync();
        var warehouse = await db.Warehouses.SingleAsync(w => w.Id == created.Value);
        Assert.Equal(("WH-CD", "成都双流仓"), (warehouse.Code, warehouse.Name));
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "Warehouse").ToListAsync(), a => a.Changes.Contains("成都双流仓"));
    }

    [Fact]
    public async Task A_duplicate_code_or_a_missing_name_is_refused_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<WarehouseAdminService>();

        var duplicate = await service.SaveAsync(null, new WarehouseDraft("wh-sh", "另一个上海仓", ""));
        var nameless = await service.SaveAsync(null, new WarehouseDraft("WH-BJ", " ", ""));

        Assert.Equal((ProblemCodes.Duplicate, "Code"), (duplicate.Problems[0].Code, duplicate.Problems[0].Field));
        Assert.Equal((ProblemCodes.Required, "Name"), (nameless.Problems[0].Code, nameless.Problems[0].Field));
        Assert.Equal(2, (await service.ListAsync()).Count);
    }

    [Fact]
    public async Task Only_an_admin_manages_warehouses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.ManagerEast);
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<WarehouseAdminService>().ListAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<WarehouseAdminService>().SaveAsync(null, new WarehouseDraft("WH-X", "X", "")));
    }
}
