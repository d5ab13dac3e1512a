using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Data;

public sealed class OrderChangeBackfillTests
{
    [Fact]
    public async Task Upgrading_gives_every_existing_order_one_change_token_in_order()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "1" });
        await using (var db = database.CreateRawContext())
        {
            // A database from before the change log: orders, no changes. Step back to the migration before the backfill.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM OrderChanges");
            await db.GetService<IMigrator>().MigrateAsync("IntegrationApi");
            await db.GetService<IMigrator>().MigrateAsync();
        }

        await using var check = await database.CreateSystemContextAsync();
        var orders = await check.Orders.Where(o => o.Status != OrderStatus.Draft).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        var changes = await check.OrderChanges.OrderBy(c => c.Id).Select(c => c.OrderId).ToListAsync();
        Assert.NotEmpty(orders);
        Assert.Equal(orders, changes);
    }
}
