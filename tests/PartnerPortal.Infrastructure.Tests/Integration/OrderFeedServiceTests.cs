using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.IntegrationCallerKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>The orders feed, one order, and the ERP's acknowledgement, as API keys see them.</summary>
public sealed class OrderFeedServiceTests
{
    [Fact]
    public async Task The_feed_lists_orders_by_latest_token_and_an_order_changed_after_it_was_read_comes_back_later()
    {
        await using var database = await TestDatabase.CreateAsync();
        var tip = await LatestTokenAsync(database);
        var a = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var b = await SubmitAsync(database, "P0002", SubmissionOutcome.Approved, ("AC-1001", 2));
        var c = await SubmitAsync(database, "P0005", SubmissionOutcome.Approved, ("AC-1001", 2));
        var feed = Feed(database, await ApiKeyAsync(database));

        var first = (await feed.ListChangedAsync(tip, 2)).Value!;
        await using (var db = await database.CreateSystemContextAsync())
        {
            (await db.Orders.SingleAsync(o => o.Id == a)).Note = "changed after it was read";
            await db.SaveChangesAsync();
        }
        var second = (await feed.ListChangedAsync(first.NextCursor, 2)).Value!;
        var third = (await feed.ListChangedAsync(second.NextCursor, 2)).Value!;

        Assert.Equal([await NumberOfAsync(database, a), await NumberOfAsync(database, b)], first.Items.Select(o => o.Number));
        Assert.True(first.HasMore);
        Assert.Equal(first.Items[^1].ChangeToken, first.NextCursor);
        Assert.Equal([await NumberOfAsync(database, c), await NumberOfAsync(database, a)], second.Items.Select(o => o.Number));
        Assert.Equal("changed after it was read", second.Items[1].Note);
        Assert.True(second.Items[1].ChangeToken > first.Items[0].ChangeToken);
        Assert.False(second.HasMore);
        Assert.Equal((0, second.NextCursor, false), (third.Items.Count, third.NextCursor, third.HasMore));

        var order = first.Items[0];
        Assert.Equal(("P0001", "Approved", 1), (order.PartnerCode, order.Status, order.Lines.Count));
        Assert.Equal(("AC-1001", 2, 0, 2), (order.Lines[0].Sku, order.Lines[0].Quantity, order.Lines[0].ShippedQuantity, order.Lines[0].OpenQuantity));
    }

    [Fact]
    public async Task Drafts_and_orders_of_other_regions_are_never_listed_nor_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var tip = await LatestTokenAsync(database);
        var east = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var north = await SubmitAsync(database, "P0009", SubmissionOutcome.Approved, ("AC-1001", 2));
        await using (var db = await database.CreateSystemContextAsync())
        {
            var product = await db.Products.SingleAsync(p => p.Sku == "AC-1001");
            db.Orders.Add(new Order
            {
                Number = "SO-DRAFT-0001", PartnerId = await database.PartnerIdAsync("P0009"), IdempotencyKey = "draft", Status = OrderStatus.Draft,
                Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = 1 }],
            });
            await db.SaveChangesAsync();
        }
        var northKey = Feed(database, await ApiKeyAsync(database, "NORTH"));
        var everyRegion = Feed(database, await ApiKeyAsync(database));

        var seenByNorth = (await northKey.ListChangedAsync(tip, 100)).Value!;
        var seenByAll = (await everyRegion.ListChangedAsync(tip, 100)).Value!;

        Assert.Equal([await NumberOfAsync(database, north)], seenByNorth.Items.Select(o => o.Number));
        Assert.Equal([await NumberOfAsync(database, east), await NumberOfAsync(database, north)], seenByAll.Items.Select(o => o.Number));
        Assert.Null(await northKey.GetAsync(await NumberOfAsync(database, east)));
        Assert.Null(await everyRegion.GetAsync("SO-DRAFT-0001"));
        Assert.Equal("P0009", (await northKey.GetAsync(await NumberOfAsync(database, north)))!.PartnerCode);
    }

    [Fact]
    public async Task Acknowledging_stores_the_ERP_number_once_and_does_not_move_the_order_in_the_feed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2));
        var number = await NumberOfAsync(database, orderId);
        var tokens = await TokensAsync(database, orderId);
        var feed = Feed(database, await ApiKeyAsync(database));

        var first = await feed.AcknowledgeAsync(number, " ERP-100 ");
        var again = await feed.AcknowledgeAsync(number, "ERP-100");
        var other = await feed.AcknowledgeAsync(number, "ERP-200");

        Assert.True(first.Succeeded);
        Assert.Equal("ERP-100", first.Value!.ErpOrderNumber);
        Assert.NotNull(first.Value.AcknowledgedAt);
        Assert.True(again.Succeeded);
        Assert.Equal(first.Value.AcknowledgedAt, again.Value!.AcknowledgedAt);
        var problem = Assert.Single(other.Problems);
        Assert.Equal((ProblemCodes.AlreadyAcknowledged, "erpOrderNumber", "ERP-100"), (problem.Code, problem.Field, (string)problem.Args[0]));
        Assert.Equal(tokens, await TokensAsync(database, orderId));
    }

    [Fact]
    public async Task Two_different_acknowledgements_at_once_store_exactly_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var number = await NumberOfAsync(database, await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 2)));
        var caller = await ApiKeyAsync(database);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => Feed(database, caller).AcknowledgeAsync(number, $"ERP-{i}"))));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ProblemCodes.AlreadyAcknowledged, Assert.Single(o.Problems).Code));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(winner.Value!.ErpOrderNumber, await db.Orders.Where(o => o.Number == number).Select(o => o.ErpOrderNumber).SingleAsync());
    }

    [Fact]
    public async Task Bad_paging_values_and_a_missing_ERP_number_are_named()
    {
        await using var database = await TestDatabase.CreateAsync();
        var feed = Feed(database, await ApiKeyAsync(database));

        var page = await feed.ListChangedAsync(-1, 0);
        var tooMany = await feed.ListChangedAsync(0, 501);
        var unknown = await feed.AcknowledgeAsync("SO-NONE", "ERP-1");
        var blank = await feed.AcknowledgeAsync("SO-NONE", " ");

        Assert.Equal([("after", ProblemCodes.OutOfRange), ("limit", ProblemCodes.OutOfRange)], page.Problems.Select(p => (p.Field, p.Code)));
        Assert.Equal([("limit", ProblemCodes.OutOfRange)], tooMany.Problems.Select(p => (p.Field, p.Code)));
        Assert.Equal([("number", ProblemCodes.NotFound)], unknown.Problems.Select(p => (p.Field, p.Code)));
        Assert.Equal([("erpOrderNumber", ProblemCodes.Required)], blank.Problems.Select(p => (p.Field, p.Code)));
    }
}
