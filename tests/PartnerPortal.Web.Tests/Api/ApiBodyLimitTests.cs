using System.Net;
using System.Text;
using System.Text.Json;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// The /api/v1 body limit is measured against the largest valid batches: 1,000 items, every text at its longest and in
/// Chinese, written as a .NET client writes JSON (non-ASCII escaped as \uXXXX, six bytes a character).
/// </summary>
public sealed class ApiBodyLimitTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const int ContactsPerPartner = 10;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Chinese(int length) => new('货', length);

    private static string Padded(string prefix, int index, int length) => (prefix + index.ToString("D6")).PadRight(length, 'X');

    public static ProductUpsertRequest MaximalProducts() => new()
    {
        Items = Enumerable.Range(0, IntegrationLimits.MaxBatchItems).Select(i => (ProductSyncItem?)new ProductSyncItem
        {
            Sku = Padded("SKU", i, 30), Name = Chinese(100), NameEn = new string('n', 100), CategoryCode = new string('C', 20),
            Unit = Chinese(10), UnitEn = new string('u', 20), PackSize = int.MaxValue, MinOrderQuantity = int.MaxValue,
            OrderMultiple = int.MaxValue, ListPrice = 99_999_999.99m, LowStockThreshold = int.MaxValue, Active = true,
            TierPrices = new[] { "Strategic", "Core", "Standard" }.Select(t => new TierPriceSyncItem { Tier = t, Price = 99_999_999.99m }).ToList(),
        }).ToList(),
    };

    public static PartnerUpsertRequest MaximalPartners() => new()
    {
        Items = Enumerable.Range(0, IntegrationLimits.MaxBatchItems).Select(i => (PartnerSyncItem?)new PartnerSyncItem
        {
            Code = Padded("P", i, 20), Name = Chinese(100), NameEn = new string('n', 100), Type = "Distributor", Tier = "Strategic",
            RegionCode = new string('R', 20), ParentCode = new string('Q', 20), Status = "Suspended", CreditRating = "A",
            Contacts = Enumerable.Range(0, ContactsPerPartner).Select(j => (ContactSyncItem?)new ContactSyncItem
            {
                Name = Chinese(50), Title = Chinese(50), Phone = new string('1', 30), Email = new string('e', 88) + "@example.cn", IsPrimary = j == 0,
            }).ToList(),
            Credit = new CreditSyncItem { CreditLimit = 99_999_999.99m, Mode = "Hard", PaymentTermsDays = 365, GraceDays = 90 },
        }).ToList(),
    };

    public static StockUpdateRequest MaximalStock() => new()
    {
        Items = Enumerable.Range(0, IntegrationLimits.MaxBatchItems).Select(i => (StockSyncItem?)new StockSyncItem
        {
            WarehouseCode = new string('W', 20), Sku = Padded("SKU", i, 30), OnHand = int.MaxValue,
        }).ToList(),
    };

    private static long Size<T>(T body) => JsonSerializer.SerializeToUtf8Bytes(body, Json).LongLength;

    [Fact]
    public void The_limit_holds_the_largest_valid_batch_with_room_to_spare_and_is_far_below_the_servers_30_MB()
    {
        var products = Size(MaximalProducts());
        var partners = Size(MaximalPartners());
        var stock = Size(MaximalStock());

        // Measured: products 1.2 MB, partners with ten contacts 8.9 MB, stock 0.1 MB.
        Assert.InRange(products, 1_100_000, 1_300_000);
        Assert.InRange(partners, 8_500_000, 9_300_000);
        Assert.InRange(stock, 90_000, 110_000);
        var largest = new[] { products, partners, stock }.Max();
        Assert.InRange(ApiBodyLimit.MaxBytes, largest * 1.3, largest * 1.5);
        Assert.True(ApiBodyLimit.MaxBytes < 30_000_000 / 2);
    }

    [Fact]
    public async Task A_maximal_product_batch_is_read_and_validated_not_refused_for_its_size()
    {
        var key = await app.CreateApiKeyAsync("ERP maximal batch test", [ApiScopes.CatalogWrite]);
        using var client = app.CreateApiClient(key.Key);
        using var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(MaximalProducts(), Json));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/api/v1/products", body);

        // Read whole: every item is refused for its made-up category, none for the size of the request.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(IntegrationLimits.MaxBatchItems, problem.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("index").GetInt32()).Distinct().Count());
    }
}
