using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.IntegrationCallerKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>Every save that adds or changes an order, or only its lines, events or shipments, numbers it once with a new change token.</summary>
public sealed class OrderChangeInterceptorTests
{
    [Fact]
    public async Task A_new_order_with_lines_and_events_gets_one_token_in_the_same_save()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await LatestTokenAsync(database);

        var orderId = await AddOrderAsync(database, "SO-CHG-0001");

        var tokens = await TokensAsync(database, orderId);
        Assert.Single(tokens);
        Assert.True(tokens[0] > before);
    }

    [Fact]
    public async Task Changing_only_a_line_or_adding_only_an_event_gives_the_order_a_new_higher_token()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await AddOrderAsync(database, "SO-CHG-0002");
        var first = (await TokensAsync(database, orderId))[^1];

        await using (var db = await database.CreateSystemContextAsync())
        {
            var line = await db.OrderLines.FirstAsync(l => l.OrderId == orderId);
            line.Quantity += 1;
            await db.SaveChangesAsync();
        }
        var afterLine = (await TokensAsync(database, orderId))[^1];
        await using (var db = await database.CreateSystemContextAsync())
        {
            db.OrderEvents.Add(new OrderEvent { OrderId = orderId, At = DateTimeOffset.UtcNow, UserName = "test", From = OrderStatus.Approved, To = OrderStatus.Approved });
            await db.SaveChangesAsync();
        }
        var afterEvent = (await TokensAsync(database, orderId))[^1];

        Assert.True(afterLine > first);
        Assert.True(afterEvent > afterLine);
        Assert.Equal(3, (await TokensAsync(database, orderId)).Count);
    }

    [Fact]
    public async Task Shipping_an_order_gives_it_a_new_token()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var before = (await TokensAsync(database, orderId))[^1];
        var ac = await ReservationAsync(database, orderId, "AC-1001");

        var shipped = await Shipments(database, await CallerAsync(database, DemoUsers.ManagerEast)).ShipAsync(orderId, ac.WarehouseId, [(ac.LineId, 1)]);

        Assert.True(shipped.Succeeded);
        var tokens = await TokensAsync(database, orderId);
        Assert.True(tokens[^1] > before);
        Assert.Single(tokens, t => t > before); // one save, one token, however many rows of the order it touched
    }

    [Fact]
    public async Task Two_orders_changed_in_one_save_get_one_token_each()
    {
        await using var database = await TestDatabase.CreateAsync();
        var a = await AddOrderAsync(database, "SO-CHG-0003");
        var b = await AddOrderAsync(database, "SO-CHG-0004");
        var before = await LatestTokenAsync(database);

        await using (var db = await database.CreateSystemContextAsync())
        {
            foreach (var order in await db.Orders.Include(o => o.Lines).Where(o => o.Id == a || o.Id == b).ToListAsync())
            {
                order.Note = "changed";
                order.Lines[0].Quantity += 1;
            }
            await db.SaveChangesAsync();
        }

        Assert.Single(await TokensAsync(database, a), t => t > before);
        Assert.Single(await TokensAsync(database, b), t => t > before);
    }

    [Fact]
    public async Task The_ERP_acknowledgement_alone_is_not_a_change_but_with_another_change_it_is()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await AddOrderAsync(database, "SO-CHG-0005");
        var count = (await TokensAsync(database, orderId)).Count;

        await using (var db = await database.CreateSystemContextAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == orderId);
            (order.ErpOrderNumber, order.AcknowledgedAt) = ("ERP-1", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        Assert.Equal(count, (await TokensAsync(database, orderId)).Count);

        await using (var db = await database.CreateSystemContextAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == orderId);
            (order.ErpOrderNumber, order.Note) = ("ERP-2", "re-keyed");
            await db.SaveChangesAsync();
        }
        Assert.Equal(count + 1, (await TokensAsync(database, orderId)).Count);
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_token_behind()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddOrderAsync(database, "SO-CHG-0006");
        var before = await LatestTokenAsync(database);

        await Assert.ThrowsAsync<DbUpdateException>(() => AddOrderAsync(database, "SO-CHG-0006")); // the number is unique

        Assert.Equal(before, await LatestTokenAsync(database));
    }

    /// <summary>A submitted and approved order of P0001 with two lines, saved at once.</summary>
    private static async Task<int> AddOrderAsync(TestDatabase database, string number)
    {
        await using var db = await database.CreateSystemContextAsync();
        var partnerId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
        var products = await db.Products.Where(p => p.Sku == "AC-1001" || p.Sku == "REF-2001").OrderBy(p => p.Sku).ToListAsync();
        var order = new Order
        {
            Number = number, PartnerId = partnerId, IdempotencyKey = number, SubmittedAt = DateTimeOffset.UtcNow, Total = 200m,
            Lines = products.Select(p => new OrderLine { ProductId = p.Id, Sku = p.Sku, Quantity = 1, ListPrice = 100m, UnitPrice = 100m, LineTotal = 100m }).ToList(),
        };
        order.MoveTo(OrderStatus.Submitted, DateTimeOffset.UtcNow, null, "test");
        order.MoveTo(OrderStatus.Approved, DateTimeOffset.UtcNow, null, "test");
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    }
}
