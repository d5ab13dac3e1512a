using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>GET /api/v1/orders</c>, <c>GET /api/v1/orders/{number}</c> and <c>POST …/acknowledge</c> through the real app and database.</summary>
public sealed class OrdersApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly HashSet<string> NorthPartners = ["P0009", "P0010", "P0011"];

    private Task<HttpClient> ReaderAsync(string name, params string[] regions) => app.ApiClientAsync(name, [ApiScopes.OrdersRead, ApiScopes.OrdersWrite], regions);

    private static async Task<ApiCursorPage<ApiOrder>> PageAsync(HttpClient http, long after, int limit) =>
        await (await http.GetAsync($"/api/v1/orders?after={after}&limit={limit}")).ReadAsync<ApiCursorPage<ApiOrder>>();

    [Fact]
    public async Task The_feed_pages_by_change_token_with_the_lines_and_never_lists_drafts()
    {
        var tip = await app.LatestChangeTokenAsync();
        var a = await app.ApprovedOrderAsync("P0001", "AC-1001", 4);
        await app.ApprovedOrderAsync("P0002", status: OrderStatus.Draft);
        var b = await app.ApprovedOrderAsync("P0005", "REF-2001", 2);
        var c = await app.ApprovedOrderAsync("P0009", status: OrderStatus.Submitted);
        using var http = await ReaderAsync("ERP feed");

        var first = await PageAsync(http, tip, 2);
        var second = await PageAsync(http, first.NextCursor, 2);

        Assert.Equal([a, b], first.Items.Select(o => o.Number));
        Assert.True(first.HasMore);
        Assert.Equal(first.Items[^1].ChangeToken, first.NextCursor);
        Assert.True(first.Items[0].ChangeToken > tip && first.Items[1].ChangeToken > first.Items[0].ChangeToken);
        Assert.Equal([c], second.Items.Select(o => o.Number));
        Assert.False(second.HasMore);
        var order = first.Items[0];
        Assert.Equal(("P0001", "Approved", 13_196.00m, null), (order.PartnerCode, order.Status, order.Total, order.ErpOrderNumber)); // 3,299.00 × 4
        var line = Assert.Single(order.Lines);
        Assert.Equal(("AC-1001", 4, 0, 4, 3_299.00m), (line.Sku, line.Quantity, line.ShippedQuantity, line.OpenQuantity, line.UnitPrice));
        Assert.Empty(order.Shipments);
        Assert.Equal("Submitted", second.Items[0].Status);
        var empty = await PageAsync(http, second.NextCursor, 2);
        Assert.Equal((0, second.NextCursor, false), (empty.Items.Count, empty.NextCursor, empty.HasMore));
    }

    [Fact]
    public async Task Paging_with_limit_2_while_orders_are_changed_and_created_between_pages_misses_no_change()
    {
        var tip = await app.LatestChangeTokenAsync();
        var initial = new List<string>();
        for (var i = 0; i < 5; i++) initial.Add(await app.ApprovedOrderAsync(i % 2 == 0 ? "P0001" : "P0005"));
        using var http = await ReaderAsync("ERP feed under writes");

        // The writer waits for each page to be read and then writes while the next page is being read: it changes orders the
        // reader has already seen (and ones it has not), and creates new ones.
        var pageRead = new SemaphoreSlim(0);
        var writes = new ConcurrentBag<(string Number, long Token)>();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await pageRead.WaitAsync();
                if (i % 3 == 2) writes.Add((await app.ApprovedOrderAsync("P0009"), 0)); // new: its token is read at the end
                else
                {
                    var number = initial[i % initial.Count];
                    writes.Add((number, await app.TouchOrderAsync(number, $"edit {i}")));
                }
            }
        });

        var seen = new List<ApiOrder>();
        var cursor = tip;
        while (true)
        {
            var writerDone = writer.IsCompleted;
            var page = await PageAsync(http, cursor, 2);
            Assert.All(page.Items, o => Assert.True(o.ChangeToken > cursor, $"{o.Number} came with token {o.ChangeToken} after cursor {cursor}"));
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pageRead.Release();
            if (writerDone && !page.HasMore) break;
            if (page.Items.Count == 0) await Task.Delay(20);
        }
        await writer;

        Assert.Equal(seen.Select(o => o.ChangeToken).Order(), seen.Select(o => o.ChangeToken)); // the cursor only moves forward
        Assert.Equal(seen.Count, seen.Select(o => o.ChangeToken).Distinct().Count());
        Assert.All(initial, number => Assert.Contains(seen, o => o.Number == number));
        Assert.Contains(seen.GroupBy(o => o.Number), g => g.Count() > 1); // an order read before its change came back after it
        foreach (var (number, token) in writes)
        {
            var latest = token == 0 ? await app.ChangeTokenAsync(number) : token;
            Assert.True(seen.Any(o => o.Number == number && o.ChangeToken >= latest), $"The change of {number} at token {latest} was missed.");
        }
        foreach (var (number, _) in writes.Where(w => w.Token > 0))
            Assert.StartsWith("edit", seen.Last(o => o.Number == number).Note);
    }

    [Fact]
    public async Task One_order_by_number_and_an_unknown_number_is_404_problem()
    {
        var number = await app.ApprovedOrderAsync("P0001", "REF-2001", 3);
        using var http = await ReaderAsync("ERP get");

        var order = await (await http.GetAsync($"/api/v1/orders/{number}")).ReadAsync<ApiOrder>();
        var unknown = await http.GetAsync("/api/v1/orders/SO-NOPE");

        Assert.Equal((number, "P0001", "REF-2001", 3), (order.Number, order.PartnerCode, order.Lines[0].Sku, order.Lines[0].Quantity));
        Assert.Equal(await app.ChangeTokenAsync(number), order.ChangeToken);
        Assert.Empty(await unknown.ReadProblemErrorsAsync(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_region_restricted_key_sees_only_its_regions_orders_in_the_feed_and_by_number()
    {
        var east = await app.ApprovedOrderAsync("P0001");
        var north = await app.ApprovedOrderAsync("P0009");
        using var http = await ReaderAsync("ERP north", "NORTH");

        var seen = new List<ApiOrder>();
        for (long cursor = 0; ;)
        {
            var page = await PageAsync(http, cursor, 500);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            if (!page.HasMore) break;
        }

        Assert.Contains(seen, o => o.Number == north);
        Assert.All(seen, o => Assert.Contains(o.PartnerCode, NorthPartners));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/orders/{east}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostJsonAsync($"/api/v1/orders/{east}/acknowledge", new { erpOrderNumber = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/orders/{north}")).StatusCode);
    }

    [Fact]
    public async Task A_key_without_orders_read_gets_403_and_one_without_orders_write_cannot_acknowledge()
    {
        var number = await app.ApprovedOrderAsync("P0001");
        using var shipper = await app.ApiClientAsync("ERP shipper", [ApiScopes.ShipmentsWrite]);
        using var reader = await app.ApiClientAsync("ERP reader", [ApiScopes.OrdersRead]);

        await (await shipper.GetAsync("/api/v1/orders")).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        await (await shipper.GetAsync($"/api/v1/orders/{number}")).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        await (await reader.PostJsonAsync($"/api/v1/orders/{number}/acknowledge", new { erpOrderNumber = "ERP-1" })).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/orders")).StatusCode);
    }

    [Fact]
    public async Task Bad_paging_values_are_400_naming_each_parameter()
    {
        using var http = await ReaderAsync("ERP bad paging");

        var notNumbers = await (await http.GetAsync("/api/v1/orders?after=abc&limit=ten")).ReadProblemErrorsAsync();
        var outOfRange = await (await http.GetAsync("/api/v1/orders?after=-1&limit=501")).ReadProblemErrorsAsync();

        notNumbers.AssertHas(null, "after", ProblemCodes.NotANumber);
        notNumbers.AssertHas(null, "limit", ProblemCodes.NotANumber);
        outOfRange.AssertHas(null, "after", ProblemCodes.OutOfRange);
        outOfRange.AssertHas(null, "limit", ProblemCodes.OutOfRange);
    }

    [Fact]
    public async Task Acknowledging_is_idempotent_for_the_same_number_and_409_for_another()
    {
        var number = await app.ApprovedOrderAsync("P0001");
        var token = await app.ChangeTokenAsync(number);
        using var http = await ReaderAsync("ERP acknowledge");
        var url = $"/api/v1/orders/{number}/acknowledge";

        var first = await (await http.PostJsonAsync(url, new { erpOrderNumber = "ERP-SO-1" })).ReadAsync<ApiOrder>();
        var again = await (await http.PostJsonAsync(url, new { erpOrderNumber = "ERP-SO-1" })).ReadAsync<ApiOrder>();
        var other = await (await http.PostJsonAsync(url, new { erpOrderNumber = "ERP-SO-2" })).ReadProblemErrorsAsync(HttpStatusCode.Conflict);
        var blank = await (await http.PostJsonAsync(url, new { erpOrderNumber = "" })).ReadProblemErrorsAsync();
        var unknown = await http.PostJsonAsync("/api/v1/orders/SO-NOPE/acknowledge", new { erpOrderNumber = "ERP-SO-3" });
        var notJson = await http.PostAsync(url, new StringContent("erpOrderNumber=ERP-SO-1"));

        Assert.Equal("ERP-SO-1", first.ErpOrderNumber);
        Assert.NotNull(first.AcknowledgedAt);
        Assert.Equal(first.AcknowledgedAt, again.AcknowledgedAt);
        other.AssertHas(null, "erpOrderNumber", ProblemCodes.AlreadyAcknowledged);
        Assert.Contains("ERP-SO-1", other[0].Message);
        blank.AssertHas(null, "erpOrderNumber", ProblemCodes.Required);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(token, await app.ChangeTokenAsync(number)); // the acknowledgement does not send the order round the feed again
        // The dealer sees the number the brand's ERP knows the order by.
        var orderId = await app.WithSystemContextAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Id).SingleAsync());
        Assert.Matches("data-testid=\"order-erp-number\"[^>]*>ERP-SO-1<", await app.GetPageAsync(DemoUsers.Dealer, $"/orders/{orderId}"));
    }
}
