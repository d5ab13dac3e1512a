using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

public sealed class OrderQueryServiceTests
{
    [Fact]
    public async Task Orders_list_newest_first_in_each_readers_scope_with_status_and_date_filters()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var p1 = await DealerOfAsync(database, "P0001");
        var p9 = await DealerOfAsync(database, "P0009");
        var first = await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("q-1", [new RequestedLine(ac.Id, 2)]));
        var second = await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("q-2", [new RequestedLine(ac.Id, 3)]));
        var north = await SubmissionsFor(database, p9).SubmitAsync(new OrderRequest("q-3", [new RequestedLine(ac.Id, 2)]));

        await database.SignInAsync(DemoUsers.DealerP0001);
        var own = await database.Get<OrderQueryService>().ListAsync(new PageRequest(), new OrderFilter());
        Assert.Equal([second.OrderId!.Value, first.OrderId!.Value], own.Items.Select(o => o.Id));

        await database.SignInAsync(DemoUsers.ManagerEast);
        var east = await database.Get<OrderQueryService>().ListAsync(new PageRequest(), new OrderFilter());
        Assert.DoesNotContain(east.Items, o => o.Id == north.OrderId);
        Assert.Equal(2, east.TotalCount);

        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<OrderQueryService>();
        var today = DateOnly.FromDateTime(DateTime.Now);
        Assert.Equal(3, (await service.ListAsync(new PageRequest(), new OrderFilter(From: today, To: today))).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new PageRequest(), new OrderFilter(To: today.AddDays(-1)))).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new PageRequest(), new OrderFilter(Status: OrderStatus.Shipped))).TotalCount);
        Assert.Equal(3, (await service.ListAsync(new PageRequest(), new OrderFilter(Status: OrderStatus.Approved))).TotalCount);
    }

    [Fact]
    public async Task Order_details_carry_lines_and_the_timeline_and_stay_within_scope()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var p1 = await DealerOfAsync(database, "P0001");
        var order = await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("d-1", [new RequestedLine(ac.Id, 2)]));

        await database.SignInAsync(DemoUsers.DealerP0001);
        var details = (await database.Get<OrderQueryService>().GetAsync(order.OrderId!.Value))!;
        Assert.Equal(OrderStatus.Approved, details.Status);
        Assert.Equal(5_606.00m, details.Total);
        Assert.Equal(2, Assert.Single(details.Lines).Quantity);
        Assert.Equal([OrderStatus.Submitted, OrderStatus.Approved], details.Timeline.Select(e => e.To));
        Assert.True(details.CanCancel);

        await database.SignInAsync(DemoUsers.ManagerNorth);
        Assert.Null(await database.Get<OrderQueryService>().GetAsync(order.OrderId!.Value));
    }

    [Fact]
    public async Task The_erp_order_number_the_erp_acknowledged_is_shown_and_found_by_search()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var p1 = await DealerOfAsync(database, "P0001");
        var acknowledged = (await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("erp-1", [new RequestedLine(ac.Id, 2)]))).OrderId!.Value;
        var other = (await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("erp-2", [new RequestedLine(ac.Id, 3)]))).OrderId!.Value;
        await using (var db = await database.CreateSystemContextAsync())
        {
            (await db.Orders.FindAsync(acknowledged))!.ErpOrderNumber = "U8-SO-2026-0042";
            await db.SaveChangesAsync();
        }

        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<OrderQueryService>();

        Assert.Equal("U8-SO-2026-0042", (await service.GetAsync(acknowledged))!.ErpOrderNumber);
        Assert.Null((await service.GetAsync(other))!.ErpOrderNumber);
        var found = await service.ListAsync(new PageRequest(Search: "so-2026-0042"), new OrderFilter());
        Assert.Equal([acknowledged], found.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task Days_outside_the_portals_years_in_a_filter_mean_no_limit_instead_of_an_error()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var p1 = await DealerOfAsync(database, "P0001");
        var order = (await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("far-1", [new RequestedLine(ac.Id, 2)]))).OrderId!.Value;

        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<OrderQueryService>();

        var all = await service.ListAsync(new PageRequest(), new OrderFilter(From: DateOnly.MinValue, To: DateOnly.MaxValue));
        Assert.Contains(all.Items, o => o.Id == order);
        Assert.Equal((await service.ListAsync(new PageRequest(), new OrderFilter())).TotalCount, all.TotalCount);
        Assert.Equal(0, (await service.ListAsync(new PageRequest(), new OrderFilter(From: new DateOnly(9999, 12, 31)))).TotalCount);
    }

    [Fact]
    public async Task An_order_number_typed_in_full_width_is_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var p1 = await DealerOfAsync(database, "P0001");
        var id = (await SubmissionsFor(database, p1).SubmitAsync(new OrderRequest("fw-1", [new RequestedLine(ac.Id, 2)]))).OrderId!.Value;

        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<OrderQueryService>();
        var number = (await service.GetAsync(id))!.Number;
        var fullWidth = string.Concat(number.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c));

        var found = await service.ListAsync(new PageRequest(Search: fullWidth), new OrderFilter());

        Assert.Equal([id], found.Items.Select(o => o.Id));
    }
}
