using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>POST /api/v1/shipments</c> through the real app and database: the Ship rules, once per ERP shipment number.</summary>
public sealed class ShipmentsApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Url = "/api/v1/shipments";

    private Task<HttpClient> ShipperAsync(string name, params string[] regions) => app.ApiClientAsync(name, [ApiScopes.ShipmentsWrite], regions);

    private static object Shipment(string order, string shipmentNumber, int quantity, string sku = "AC-1001", string warehouse = "WH-SH") =>
        new { orderNumber = order, shipmentNumber, warehouseCode = warehouse, lines = new[] { new { sku, quantity } } };

    [Fact]
    public async Task A_shipment_is_created_with_its_invoice_and_a_retry_returns_it_with_200()
    {
        var order = await app.ApprovedOrderAsync("P0001", "AC-1001", 4);
        var stock = await app.StockAsync("AC-1001");
        using var http = await ShipperAsync("WMS shipments");

        var created = await (await http.PostJsonAsync(Url, Shipment(order, "WMS-SH-0001", 3))).ReadAsync<ApiShipment>(HttpStatusCode.Created);
        var retried = await http.PostJsonAsync(Url, Shipment(order, "WMS-SH-0001", 3));

        Assert.Equal(("WMS-SH-0001", order, "PartiallyShipped", "WH-SH", 9_897.00m), (created.ShipmentNumber, created.OrderNumber, created.OrderStatus,
            created.WarehouseCode, created.Amount)); // 3,299.00 × 3
        Assert.Matches("^SH-\\d{6}-\\d{5}$", created.Number);
        Assert.Matches("^INV-\\d{6}-\\d{5}$", created.InvoiceNumber);
        Assert.Equal(created.Number, (await retried.ReadAsync<ApiShipment>()).Number);
        Assert.Equal((stock.OnHand - 3, stock.Reserved - 3), await app.StockAsync("AC-1001"));
        await app.WithSystemContextAsync(async db =>
        {
            var shipment = await db.Shipments.Include(s => s.Invoice).SingleAsync(s => s.ExternalReference == "WMS-SH-0001");
            Assert.Equal((created.Number, created.InvoiceNumber, 9_897.00m), (shipment.Number, shipment.Invoice!.Number, shipment.Invoice.Amount));
            return 0;
        });
        // The order page shows the warehouse system's number under the portal's.
        var orderId = await app.WithSystemContextAsync(db => db.Orders.Where(o => o.Number == order).Select(o => o.Id).SingleAsync());
        Assert.Matches("data-testid=\"shipment-erp-number\"[^>]*>ERP: WMS-SH-0001<", await app.GetPageAsync(DemoUsers.ManagerEast, $"/orders/{orderId}"));
    }

    [Fact]
    public async Task Four_concurrent_posts_of_one_shipment_number_make_one_shipment_one_invoice_and_move_stock_once()
    {
        var order = await app.ApprovedOrderAsync("P0005", "REF-2001", 4);
        var stock = await app.StockAsync("REF-2001");
        using var http = await ShipperAsync("WMS concurrent");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => http.PostJsonAsync(Url, Shipment(order, "WMS-SH-0002", 2, "REF-2001")))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var numbers = new HashSet<string>();
        foreach (var response in responses) numbers.Add((await response.ReadAsync<ApiShipment>(response.StatusCode)).Number);
        Assert.Single(numbers);
        Assert.Equal((stock.OnHand - 2, stock.Reserved - 2), await app.StockAsync("REF-2001"));
        await app.WithSystemContextAsync(async db =>
        {
            Assert.Equal(1, await db.Shipments.CountAsync(s => s.Order!.Number == order));
            Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Order!.Number == order && e.Kind == LedgerEntryKind.Invoice));
            return 0;
        });
    }

    [Fact]
    public async Task Shipping_more_than_is_open_is_409_naming_the_line_and_saves_nothing()
    {
        var order = await app.ApprovedOrderAsync("P0001", "AC-1001", 2);
        var stock = await app.StockAsync("AC-1001");
        using var http = await ShipperAsync("WMS over-shipping");

        var errors = await (await http.PostJsonAsync(Url, Shipment(order, "WMS-SH-0003", 3))).ReadProblemErrorsAsync(HttpStatusCode.Conflict);

        errors.AssertHas(null, "lines[0].quantity", ProblemCodes.ExceedsOpenQuantity);
        Assert.Equal(stock, await app.StockAsync("AC-1001"));
    }

    [Fact]
    public async Task Invalid_and_unknown_fields_are_400_each_named()
    {
        var order = await app.ApprovedOrderAsync("P0001");
        using var http = await ShipperAsync("WMS invalid");

        var empty = await (await http.PostJsonAsync(Url, new { lines = new[] { new { sku = "", quantity = 0 } } })).ReadProblemErrorsAsync();
        var unknown = await (await http.PostJsonAsync(Url, Shipment(order, "WMS-SH-0004", 1, "TV-0000", "WH-NOPE"))).ReadProblemErrorsAsync();
        var malformed = await (await http.SendJsonAsync(HttpMethod.Post, Url, "{\"orderNumber\": 12, \"lines\": [}")).ReadProblemErrorsAsync();

        empty.AssertHas(null, "orderNumber", ProblemCodes.Required);
        empty.AssertHas(null, "shipmentNumber", ProblemCodes.Required);
        empty.AssertHas(null, "warehouseCode", ProblemCodes.Required);
        empty.AssertHas(null, "lines[0].sku", ProblemCodes.Required);
        empty.AssertHas(null, "lines[0].quantity", ProblemCodes.QuantityNotPositive);
        unknown.AssertHas(null, "warehouseCode", ProblemCodes.NotFound);
        unknown.AssertHas(null, "lines[0].sku", ProblemCodes.NotFound);
        Assert.NotEmpty(malformed);
    }

    [Fact]
    public async Task A_key_restricted_to_other_regions_cannot_ship_the_order_and_one_without_the_scope_gets_403()
    {
        var order = await app.ApprovedOrderAsync("P0001");
        using var north = await ShipperAsync("WMS north", "NORTH");
        using var reader = await app.ApiClientAsync("ERP orders only", [ApiScopes.OrdersRead]);

        var errors = await (await north.PostJsonAsync(Url, Shipment(order, "WMS-SH-0005", 1))).ReadProblemErrorsAsync();
        await (await reader.PostJsonAsync(Url, Shipment(order, "WMS-SH-0005", 1))).ReadProblemErrorsAsync(HttpStatusCode.Forbidden);

        errors.AssertHas(null, "orderNumber", ProblemCodes.NotFound);
        Assert.False(await app.WithSystemContextAsync(db => db.Shipments.AnyAsync(s => s.ExternalReference == "WMS-SH-0005")));
    }
}
