using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>POST /api/v1/products</c> and <c>POST /api/v1/products/{sku}/deactivate</c> through the real app and database.</summary>
public sealed class ProductsApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Url = "/api/v1/products";

    private async Task<HttpClient> ClientAsync(string name, params string[] scopes)
    {
        var key = await app.CreateApiKeyAsync(name, scopes.Length == 0 ? [ApiScopes.CatalogWrite] : scopes, requestsPerMinute: 1_000);
        return app.CreateApiClient(key.Key);
    }

    private static object Product(string sku, decimal listPrice = 199.00m, object[]? tierPrices = null, string category = "SMALL") => new
    {
        sku, name = "测试产品 " + sku, nameEn = "Test product " + sku, categoryCode = category, unit = "台", unitEn = "unit",
        packSize = 6, minOrderQuantity = 12, orderMultiple = 6, listPrice, lowStockThreshold = 10, active = true, tierPrices,
    };

    [Fact]
    public async Task Upsert_creates_products_with_tier_prices_and_the_same_payload_again_changes_nothing()
    {
        using var http = await ClientAsync("ERP catalog create");
        var payload = new
        {
            items = new[]
            {
                Product("T-CREATE-1", 199.00m, [new { tier = "Strategic", price = 160.00m }, new { tier = "core", price = 175.50m }]),
                Product("t-create-2", 89.90m),
            },
        };

        var first = await (await http.PostAsJsonAsync(Url, payload)).ReadSummaryAsync();
        var second = await (await http.PostAsJsonAsync(Url, payload)).ReadSummaryAsync();

        Assert.Equal(new ApiResponses.Summary(2, 0, 0), first);
        Assert.Equal(new ApiResponses.Summary(0, 0, 2), second);
        await app.WithSystemContextAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Category).SingleAsync(p => p.Sku == "T-CREATE-1");
            Assert.Equal(("测试产品 T-CREATE-1", "SMALL", 6, 12, 6, 199.00m, 10, true),
                (product.Name, product.Category!.Code, product.PackSize, product.MinOrderQuantity, product.OrderMultiple, product.ListPrice,
                    product.LowStockThreshold, product.IsActive));
            var tiers = await db.TierPrices.Where(t => t.ProductId == product.Id).Select(t => new { t.Tier, t.Price }).ToListAsync();
            Assert.Equal(new[] { (PartnerTier.Strategic, 160.00m), (PartnerTier.Core, 175.50m) }, tiers.Select(t => (t.Tier, t.Price)).OrderBy(t => t.Price));
            Assert.True(await db.Products.AnyAsync(p => p.Sku == "T-CREATE-2"), "SKUs are stored upper-case");
            var audit = await db.AuditEntries.Where(a => a.EntityType == "Product" && a.EntityKey == product.Id.ToString()).ToListAsync();
            Assert.Equal("api:ERP catalog create", Assert.Single(audit).UserName);
            return 0;
        });
    }

    [Fact]
    public async Task Upsert_updates_a_stored_product_keeps_left_out_fields_and_replaces_its_tier_prices()
    {
        using var http = await ClientAsync("ERP catalog update");
        await (await http.PostAsJsonAsync(Url, new { items = new[] { Product("T-UPDATE-1", 100.00m, [new { tier = "Core", price = 90.00m }, new { tier = "Standard", price = 95.00m }]) } }))
            .ReadSummaryAsync();

        var changed = new { sku = "T-UPDATE-1", name = "改名", nameEn = "Renamed", categoryCode = "SMALL", unit = "台", listPrice = 120.00m,
            tierPrices = new[] { new { tier = "Core", price = 99.00m } } };
        var summary = await (await http.PostAsJsonAsync(Url, new { items = new[] { changed } })).ReadSummaryAsync();

        Assert.Equal(new ApiResponses.Summary(0, 1, 0), summary);
        await app.WithSystemContextAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Sku == "T-UPDATE-1");
            Assert.Equal(("改名", 120.00m, 6, 12, 10), (product.Name, product.ListPrice, product.PackSize, product.MinOrderQuantity, product.LowStockThreshold));
            var tier = Assert.Single(await db.TierPrices.Where(t => t.ProductId == product.Id).ToListAsync());
            Assert.Equal((PartnerTier.Core, 99.00m), (tier.Tier, tier.Price));
            return 0;
        });
    }

    [Fact]
    public async Task Invalid_items_are_all_listed_by_index_and_field_and_nothing_is_saved()
    {
        using var http = await ClientAsync("ERP catalog invalid");
        var items = new object[]
        {
            Product("T-VALID-0"),
            Product("T-BAD-1", listPrice: -5m),
            Product("T-BAD-2", category: "NOPE"),
            new { sku = "T-BAD-3", name = "x", nameEn = "x", categoryCode = "SMALL", unit = "台", listPrice = 1m, minOrderQuantity = 5, orderMultiple = 2 },
            Product("T-BAD-4", 10m, [new { tier = "Gold", price = 1m }, new { tier = "Core", price = 1.234m }]),
            Product("T-VALID-0"),
            new { sku = "bad sku!", nameEn = "no name", categoryCode = "SMALL", unit = new string('u', 11) },
        };

        var errors = await (await http.PostAsJsonAsync(Url, new { items })).ReadProblemErrorsAsync();

        errors.AssertHas(1, "listPrice", ProblemCodes.NegativeAmount);
        errors.AssertHas(2, "categoryCode", ProblemCodes.NotFound);
        errors.AssertHas(3, "minOrderQuantity", ProblemCodes.NotAMultiple);
        errors.AssertHas(4, "tierPrices[0].tier", ProblemCodes.NotFound);
        errors.AssertHas(4, "tierPrices[1].price", ProblemCodes.TooManyDecimals);
        errors.AssertHas(5, "sku", ProblemCodes.Duplicate);
        errors.AssertHas(6, "sku", ProblemCodes.InvalidCode);
        errors.AssertHas(6, "name", ProblemCodes.Required);
        errors.AssertHas(6, "unit", ProblemCodes.TooLong);
        errors.AssertHas(6, "listPrice", ProblemCodes.Required);
        Assert.DoesNotContain(errors, e => e.Index == 0);
        Assert.Contains("listPrice cannot be negative.", errors.Select(e => e.Message));
        Assert.False(await app.WithSystemContextAsync(db => db.Products.AnyAsync(p => p.Sku.StartsWith("T-VALID") || p.Sku.StartsWith("T-BAD"))));
    }

    [Fact]
    public async Task Malformed_json_names_the_item_and_field_where_reading_stopped()
    {
        using var http = await ClientAsync("ERP catalog malformed");
        const string json = """{"items":[{"sku":"T-JSON-0","listPrice":1},{"sku":"T-JSON-1","packSize":"six"}]}""";

        var errors = await (await http.SendJsonAsync(HttpMethod.Post, Url, json)).ReadProblemErrorsAsync();

        errors.AssertHas(1, "packSize", ApiProblems.MalformedJson);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"items":[]}""")]
    [InlineData("{\"items\":[")]
    public async Task An_empty_or_broken_body_is_a_problem(string json)
    {
        using var http = await ClientAsync("ERP catalog empty " + json.Length);

        var errors = await (await http.SendJsonAsync(HttpMethod.Post, Url, json)).ReadProblemErrorsAsync();

        var error = Assert.Single(errors);
        Assert.True(error.Code == ApiProblems.MalformedJson || (error.Index, error.Field, error.Code) == (null, "items", ProblemCodes.Required),
            $"[{error.Index}] {error.Field} {error.Code}");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var http = await ClientAsync("ERP catalog text");
        var response = await http.PostAsync(Url, new StringContent("sku=AC-1001", Encoding.UTF8, "text/plain"));
        await response.ReadProblemErrorsAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task More_than_1000_items_are_refused_whole_with_413()
    {
        using var http = await ClientAsync("ERP catalog big");
        var items = Enumerable.Range(0, 1_001).Select(i => Product($"T-BIG-{i}")).ToArray();

        var errors = await (await http.PostAsJsonAsync(Url, new { items })).ReadProblemErrorsAsync(HttpStatusCode.RequestEntityTooLarge);

        errors.AssertHas(null, "items", ProblemCodes.OutOfRange);
        Assert.False(await app.WithSystemContextAsync(db => db.Products.AnyAsync(p => p.Sku.StartsWith("T-BIG"))));
    }

    [Fact]
    public async Task A_key_without_catalog_write_gets_403_for_both_endpoints()
    {
        using var http = await ClientAsync("ERP stock only", ApiScopes.StockWrite, ApiScopes.PartnersWrite);

        var upsert = await http.PostAsJsonAsync(Url, new { items = new[] { Product("T-FORBIDDEN") } });
        var deactivate = await http.PostAsync($"{Url}/AC-1001/deactivate", null);

        await upsert.ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        await deactivate.ReadProblemErrorsAsync(HttpStatusCode.Forbidden);
        Assert.False(await app.WithSystemContextAsync(db => db.Products.AnyAsync(p => p.Sku == "T-FORBIDDEN")));
        Assert.True(await app.WithSystemContextAsync(db => db.Products.Where(p => p.Sku == "AC-1001").Select(p => p.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_same_upsert_sent_four_times_at_once_makes_one_product()
    {
        using var http = await ClientAsync("ERP catalog concurrent");
        var payload = new { items = new[] { Product("T-RACE-1", 50m, [new { tier = "Core", price = 45m }]) } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => http.PostAsJsonAsync(Url, payload))));

        var summaries = new List<ApiResponses.Summary>();
        foreach (var response in responses) summaries.Add(await response.ReadSummaryAsync());
        Assert.Equal(1, summaries.Sum(s => s.Created));
        Assert.Equal(3, summaries.Sum(s => s.Unchanged));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.Products.CountAsync(p => p.Sku == "T-RACE-1")));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.TierPrices.CountAsync(t => t.Product!.Sku == "T-RACE-1")));
    }

    [Fact]
    public async Task Deactivate_takes_a_product_off_sale_once_and_404s_an_unknown_sku()
    {
        using var http = await ClientAsync("ERP catalog deactivate");
        await (await http.PostAsJsonAsync(Url, new { items = new[] { Product("T-OFF-1") } })).ReadSummaryAsync();

        var first = await http.PostAsync($"{Url}/t-off-1/deactivate", null);
        var again = await http.PostAsync($"{Url}/T-OFF-1/deactivate", null);
        var unknown = await http.PostAsync($"{Url}/NO-SUCH-SKU/deactivate", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new ProductStateBody("T-OFF-1", false, true), await first.Content.ReadFromJsonAsync<ProductStateBody>());
        Assert.Equal(new ProductStateBody("T-OFF-1", false, false), await again.Content.ReadFromJsonAsync<ProductStateBody>());
        await unknown.ReadProblemErrorsAsync(HttpStatusCode.NotFound);
        Assert.False(await app.WithSystemContextAsync(db => db.Products.Where(p => p.Sku == "T-OFF-1").Select(p => p.IsActive).SingleAsync()));
    }

    private sealed record ProductStateBody(string Sku, bool Active, bool Changed);
}
