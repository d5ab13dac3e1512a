using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>Orders, stock and keys arranged for the orders, shipments, payments and rebates endpoints of /api/v1.</summary>
public static class IntegrationApiKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A client with a new key (<see cref="ApiKeyTestKit"/>) that no test's calls take over its rate limit, restricted to the regions
    /// given (none: every region).
    /// </summary>
    public static async Task<HttpClient> ApiClientAsync(this PortalAppFactory app, string name, IReadOnlyList<string> scopes, params string[] regionCodes)
    {
        var key = await app.CreateApiKeyAsync(name, scopes, 10_000, regionCodes);
        return app.CreateApiClient(key.Key);
    }

    /// <summary>
    /// An approved order of the partner, its stock reserved in the warehouse (more is put on hand there when too little is free)
    /// and its value counted as approved but not yet invoiced, as a submission would leave it.
    /// </summary>
    public static Task<string> ApprovedOrderAsync(this PortalAppFactory app, string partnerCode, string sku = "AC-1001", int quantity = 4,
        string warehouseCode = "WH-SH", OrderStatus status = OrderStatus.Approved) =>
        app.WithSystemContextAsync(async db =>
        {
            var partnerId = await db.Partners.Where(p => p.Code == partnerCode).Select(p => p.Id).SingleAsync();
            var product = await db.Products.SingleAsync(p => p.Sku == sku);
            var warehouseId = await db.Warehouses.Where(w => w.Code == warehouseCode).Select(w => w.Id).SingleAsync();
            var total = Money.Round(product.ListPrice * quantity);
            var number = "SO-API-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
            var order = new Order
            {
                Number = number, PartnerId = partnerId, IdempotencyKey = number, SubmittedAt = DateTimeOffset.UtcNow, Total = total,
                Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = quantity, ListPrice = product.ListPrice, UnitPrice = product.ListPrice, LineTotal = total }],
            };
            if (status != OrderStatus.Draft) order.MoveTo(OrderStatus.Submitted, DateTimeOffset.UtcNow, null, "test");
            if (status is not (OrderStatus.Draft or OrderStatus.Submitted)) order.MoveTo(OrderStatus.Approved, DateTimeOffset.UtcNow, null, "test");
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            if (status == OrderStatus.Approved)
            {
                db.StockReservations.Add(new StockReservation { OrderLineId = order.Lines[0].Id, WarehouseId = warehouseId, Quantity = quantity });
                var level = await db.StockLevels.SingleAsync(s => s.ProductId == product.Id && s.WarehouseId == warehouseId);
                if (level.OnHand - level.Reserved < quantity) level.OnHand = level.Reserved + quantity;
                level.Reserved += quantity;
                var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == partnerId);
                account.CommitExposure(total);
                await db.SaveChangesAsync();
            }
            return number;
        });

    /// <summary>Changes the order's note: a change of the order the feed must show.</summary>
    public static Task<long> TouchOrderAsync(this PortalAppFactory app, string number, string note) =>
        app.WithSystemContextAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Number == number);
            order.Note = note;
            await db.SaveChangesAsync();
            return await db.OrderChanges.Where(c => c.OrderId == order.Id).MaxAsync(c => c.Id);
        });

    public static Task<long> LatestChangeTokenAsync(this PortalAppFactory app) =>
        app.WithSystemContextAsync(async db => await db.OrderChanges.MaxAsync(c => (long?)c.Id) ?? 0);

    public static Task<long> ChangeTokenAsync(this PortalAppFactory app, string number) =>
        app.WithSystemContextAsync(db => db.OrderChanges.Where(c => c.Order!.Number == number).MaxAsync(c => c.Id));

    public static Task<(int OnHand, int Reserved)> StockAsync(this PortalAppFactory app, string sku, string warehouseCode = "WH-SH") =>
        app.WithSystemContextAsync(async db =>
        {
            var level = await db.StockLevels.AsNoTracking().SingleAsync(s => s.Product!.Sku == sku && s.Warehouse!.Code == warehouseCode);
            return (level.OnHand, level.Reserved);
        });

    /// <summary>Asserts the status and reads the JSON body.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, System.Net.HttpStatusCode status = System.Net.HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient http, string url, object body) => http.PostAsJsonAsync(url, body, Json);
}
