using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The whole demo: fifteen months of history in every buying pattern, rebates, courses and points; plus two orders
/// waiting for approval (P0001 in 华东, P0010 in 华北) so that every queue has something in it.
/// </summary>
public sealed class DashboardDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:DemoOrderHistoryMonths"] = "15", ["Seed:DemoRebates"] = "true", ["Seed:DemoCourses"] = "true",
            ["Seed:DemoPoints"] = "true",
        });
        await using var db = await Database.CreateSystemContextAsync();
        var now = DateTimeOffset.Now;
        foreach (var code in new[] { "P0001", "P0010" })
        {
            var partner = await db.Partners.SingleAsync(p => p.Code == code);
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            var order = new Order
            {
                Number = $"SO-TEST-{code}", PartnerId = partner.Id, IdempotencyKey = "dashboard-" + code, SubmittedAt = now, Total = 100m,
                Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = 1, ListPrice = 100m, UnitPrice = 100m, LineTotal = 100m }],
            };
            order.MoveTo(OrderStatus.Submitted, now, null, "test");
            order.MoveTo(OrderStatus.PendingApproval, now, null, "test");
            db.Orders.Add(order);
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
