using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>PUT /api/v1/stock</c>: the ERP sets on hand, the portal keeps its reservations, every change is an "ERP sync" adjustment.</summary>
public sealed class StockApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Url = "/api/v1/stock";

    private async Task<HttpClient> ClientAsync(string name, params string[] scopes)
    {
        var key = await app.CreateApiKeyAsync(name, scopes.Length == 0 ? [ApiScopes.StockWrite] : scopes, requestsPerMinute: 1_000);
        return app.CreateApiClient(key.Key);
    }

    /// <summary>A product of its own per test, so that tests do not share stock figures.</summary>
    private Task<int> NewProductAsync(string sku) => app.WithSystemContextAsync(async db =>
    {
        var category = await db.ProductCategories.FirstAsync();
        var product = new Product { Sku = sku, Name = sku, NameEn = sku, CategoryId = category.Id, Unit = "台", ListPrice = 10m };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    });

    private Task<int> WarehouseIdAsync(string code) => app.WithSystemContextAsync(db => db.Warehouses.Where(w => w.Code == code).Select(w => w.Id).SingleAsync());

    private Task SetLevelAsync(string warehouse, int productId, int onHand, int reserved) => app.WithSystemContextAsync(async db =>
    {
        var warehouseId = await db.Warehouses.Where(w => w.Code == warehouse).Select(w => w.Id).SingleAsync();
        db.StockLevels.Add(new Domain.Inventory.StockLevel { WarehouseId = warehouseId, ProductId = productId, OnHand = onHand, Reserved = reserved });
        return await db.SaveChangesAsync();
    });

    private Task<int?> OnHandAsync(string warehouse, int productId) => app.WithSystemContextAsync(db =>
        db.StockLevels.Where(s => s.Warehouse!.Code == warehouse && s.ProductId == productId).Select(s => (int?)s.OnHand).SingleOrDefaultAsync());

    [Fact]
    public async Task Sets_on_hand_records_each_change_as_an_ERP_sync_adjustment_and_the_same_payload_again_changes_nothing()
    {
        var productId = await NewProductAsync("T-STOCK-1");
        await SetLevelAsync("WH-SH", productId, onHand: 40, reserved: 15);
        using var http = await ClientAsync("WMS stock");
        var payload = new
        {
            items = new object[]
            {
                new { warehouseCode = "WH-SH", sku = "T-STOCK-1", onHand = 25 },
                new { warehouseCode = "wh-gz", sku = "t-stock-1", onHand = 7 },
            },
        };

        var first = await (await http.PutAsJsonAsync(Url, payload)).ReadSummaryAsync();
        var second = await (await http.PutAsJsonAsync(Url, payload)).ReadSummaryAsync();

        Assert.Equal(new ApiResponses.Summary(1, 1, 0), first);
        Assert.Equal(new ApiResponses.Summary(0, 0, 2), second);
        Assert.Equal(25, await OnHandAsync("WH-SH", productId));
        Assert.Equal(7, await OnHandAsync("WH-GZ", productId));
        Assert.Equal(15, await app.WithSystemContextAsync(db => db.StockLevels.Where(s => s.ProductId == productId && s.Warehouse!.Code == "WH-SH")
            .Select(s => s.Reserved).SingleAsync()));
        var adjustments = await app.WithSystemContextAsync(db => db.StockAdjustments.Where(a => a.ProductId == productId)
            .OrderBy(a => a.Id).Select(a => new { a.Warehouse!.Code, a.Delta, a.OnHandAfter, a.Reason, a.UserName }).ToListAsync());
        Assert.Equal(
            new[] { ("WH-SH", -15, 25, StockSyncService.Reason, "api:WMS stock"), ("WH-GZ", 7, 7, StockSyncService.Reason, "api:WMS stock") },
            adjustments.Select(a => (a.Code, a.Delta, a.OnHandAfter, a.Reason, a.UserName)));
    }

    [Fact]
    public async Task On_hand_below_what_orders_reserved_is_refused_and_nothing_of_the_batch_is_saved()
    {
        var reservedId = await NewProductAsync("T-STOCK-RES");
        var otherId = await NewProductAsync("T-STOCK-OK");
        await SetLevelAsync("WH-SH", reservedId, onHand: 30, reserved: 20);
        using var http = await ClientAsync("WMS stock reserved");
        var payload = new
        {
            items = new object[]
            {
                new { warehouseCode = "WH-SH", sku = "T-STOCK-OK", onHand = 50 },
                new { warehouseCode = "WH-SH", sku = "T-STOCK-RES", onHand = 19 },
            },
        };

        var errors = await (await http.PutAsJsonAsync(Url, payload)).ReadProblemErrorsAsync();

        var error = Assert.Single(errors);
        Assert.Equal((1, "onHand", ProblemCodes.StockBelowReserved), (error.Index!.Value, error.Field, error.Code));
        Assert.Contains("T-STOCK-RES", error.Message);
        Assert.Equal(30, await OnHandAsync("WH-SH", reservedId));
        Assert.Null(await OnHandAsync("WH-SH", otherId));
        Assert.False(await app.WithSystemContextAsync(db => db.StockAdjustments.AnyAsync(a => a.ProductId == otherId || a.ProductId == reservedId)));
    }

    [Fact]
    public async Task Invalid_items_are_all_listed_by_index_and_field()
    {
        var productId = await NewProductAsync("T-STOCK-BAD");
        using var http = await ClientAsync("WMS stock invalid");
        var payload = new
        {
            items = new object?[]
            {
                new { warehouseCode = "WH-SH", sku = "T-STOCK-BAD", onHand = 5 },
                new { warehouseCode = "WH-XX", sku = "T-STOCK-BAD", onHand = 5 },
                new { warehouseCode = "WH-SH", sku = "NO-SUCH-SKU", onHand = 5 },
                new { warehouseCode = "WH-SH", sku = "T-STOCK-BAD", onHand = -1 },
                new { sku = "T-STOCK-BAD" },
                null,
            },
        };

        var errors = await (await http.PutAsJsonAsync(Url, payload)).ReadProblemErrorsAsync();

        errors.AssertHas(1, "warehouseCode", ProblemCodes.NotFound);
        errors.AssertHas(2, "sku", ProblemCodes.UnknownSku);
        errors.AssertHas(3, "onHand", ProblemCodes.OutOfRange);
        errors.AssertHas(4, "warehouseCode", ProblemCodes.Required);
        errors.AssertHas(4, "onHand", ProblemCodes.Required);
        errors.AssertHas(5, "items[5]", ProblemCodes.Required);
        Assert.DoesNotContain(errors, e => e.Index == 0);
        Assert.Null(await OnHandAsync("WH-SH", productId));
    }

    [Fact]
    public async Task The_same_warehouse_and_SKU_twice_in_one_request_is_a_duplicate()
    {
        await NewProductAsync("T-STOCK-DUP");
        using var http = await ClientAsync("WMS stock duplicate");
        var payload = new
        {
            items = new object[]
            {
                new { warehouseCode = "WH-SH", sku = "T-STOCK-DUP", onHand = 5 },
                new { warehouseCode = "WH-SH", sku = "t-stock-dup", onHand = 6 },
            },
        };

        var errors = await (await http.PutAsJsonAsync(Url, payload)).ReadProblemErrorsAsync();

        errors.AssertHas(1, "sku", ProblemCodes.Duplicate);
    }

    [Fact]
    public async Task A_key_without_stock_write_gets_403()
    {
        var productId = await NewProductAsync("T-STOCK-403");
        using var http = await ClientAsync("ERP catalog only", ApiScopes.CatalogWrite);

        var response = await http.PutAsJsonAsync(Url, new { items = new[] { new { warehouseCode = "WH-SH", sku = "T-STOCK-403", onHand = 5 } } });

        await response.ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        Assert.Null(await OnHandAsync("WH-SH", productId));
    }

    [Fact]
    public async Task The_same_stock_update_sent_four_times_at_once_changes_stock_once()
    {
        var productId = await NewProductAsync("T-STOCK-RACE");
        using var http = await ClientAsync("WMS stock concurrent");
        var payload = new { items = new[] { new { warehouseCode = "WH-SH", sku = "T-STOCK-RACE", onHand = 12 } } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => http.PutAsJsonAsync(Url, payload))));

        var summaries = new List<ApiResponses.Summary>();
        foreach (var response in responses) summaries.Add(await response.ReadSummaryAsync());
        Assert.Equal(1, summaries.Sum(s => s.Created));
        Assert.Equal(12, await OnHandAsync("WH-SH", productId));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.StockAdjustments.CountAsync(a => a.ProductId == productId)));
        Assert.Equal(await WarehouseIdAsync("WH-SH"),
            await app.WithSystemContextAsync(db => db.StockAdjustments.Where(a => a.ProductId == productId).Select(a => a.WarehouseId).SingleAsync()));
    }
}
