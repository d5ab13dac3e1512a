using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>The ERP's product upsert on a real SQLite database: what a left-out field means, tier prices, the summary, who may call it.</summary>
public sealed class CatalogSyncServiceTests
{
    private static readonly CurrentUser Erp = new("apikey:1", "api:erp", [PortalRoles.Integration], []);

    private static async Task<TestDatabase> ArrangeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        database.SignInAs(Erp);
        return database;
    }

    private static ProductSyncItem Item(string sku, decimal listPrice = 100m, IReadOnlyList<TierPriceSyncItem>? tierPrices = null) => new()
    {
        Sku = sku, Name = "产品 " + sku, NameEn = "Product " + sku, CategoryCode = "AC", Unit = "台", UnitEn = "unit", PackSize = 2,
        MinOrderQuantity = 4, OrderMultiple = 2, ListPrice = listPrice, LowStockThreshold = 8, Active = true, TierPrices = tierPrices,
    };

    private static TierPriceSyncItem Tier(string tier, decimal price) => new() { Tier = tier, Price = price };

    private static async Task<UpsertSummary> UpsertAsync(TestDatabase database, params ProductSyncItem[] items)
    {
        var outcome = await database.Get<CatalogSyncService>().UpsertProductsAsync(items);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"[{p.Index}] {p.Problem.Field} {p.Problem.Code}")));
        return outcome.Value!;
    }

    private static async Task<List<(PartnerTier, decimal)>> TierPricesAsync(TestDatabase database, string sku)
    {
        await using var db = await database.CreateSystemContextAsync();
        var rows = await db.TierPrices.Where(t => t.Product!.Sku == sku).Select(t => new { t.Tier, t.Price }).ToListAsync();
        return rows.Select(r => (r.Tier, r.Price)).OrderBy(r => r.Tier).ToList();
    }

    [Fact]
    public async Task A_new_product_gets_the_defaults_and_left_out_fields_of_a_stored_one_keep_their_values()
    {
        await using var database = await ArrangeAsync();

        await UpsertAsync(database, new ProductSyncItem { Sku = "N-1", Name = "新", NameEn = "New", CategoryCode = "ac", Unit = "台", ListPrice = 5m });
        await UpsertAsync(database, Item("K-1"));
        var summary = await UpsertAsync(database, new ProductSyncItem { Sku = "K-1", Name = "改", NameEn = "Changed", CategoryCode = "AC", Unit = "台", ListPrice = 101m });

        Assert.Equal(new UpsertSummary(0, 1, 0), summary);
        await using var db = await database.CreateSystemContextAsync();
        var created = await db.Products.SingleAsync(p => p.Sku == "N-1");
        Assert.Equal(("", 1, 1, 1, 0, true), (created.UnitEn, created.PackSize, created.MinOrderQuantity, created.OrderMultiple, created.LowStockThreshold, created.IsActive));
        var kept = await db.Products.SingleAsync(p => p.Sku == "K-1");
        Assert.Equal(("改", 101m, "unit", 2, 4, 2, 8, true),
            (kept.Name, kept.ListPrice, kept.UnitEn, kept.PackSize, kept.MinOrderQuantity, kept.OrderMultiple, kept.LowStockThreshold, kept.IsActive));
    }

    [Fact]
    public async Task Tier_prices_left_out_are_kept_and_sent_ones_replace_all_explicit_prices()
    {
        await using var database = await ArrangeAsync();
        await UpsertAsync(database, Item("T-1", 100m, [Tier("Strategic", 80m), Tier("Core", 90m)]));

        var leftOut = await UpsertAsync(database, Item("T-1", 100m));
        Assert.Equal(new UpsertSummary(0, 0, 1), leftOut);
        Assert.Equal([(PartnerTier.Strategic, 80m), (PartnerTier.Core, 90m)], await TierPricesAsync(database, "T-1"));

        // Only a tier price differs: the product counts as updated.
        var changed = await UpsertAsync(database, Item("T-1", 100m, [Tier("Core", 91m), Tier("Standard", 95m)]));
        Assert.Equal(new UpsertSummary(0, 1, 0), changed);
        Assert.Equal([(PartnerTier.Core, 91m), (PartnerTier.Standard, 95m)], await TierPricesAsync(database, "T-1"));

        await UpsertAsync(database, Item("T-1", 100m, []));
        Assert.Empty(await TierPricesAsync(database, "T-1"));
    }

    [Fact]
    public async Task A_minimum_order_that_is_no_multiple_of_the_stored_multiple_is_refused_when_only_the_minimum_is_sent()
    {
        await using var database = await ArrangeAsync();
        await UpsertAsync(database, Item("M-1"));

        var outcome = await database.Get<CatalogSyncService>().UpsertProductsAsync([Item("M-1") with { MinOrderQuantity = 5, OrderMultiple = null }]);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((0, "minOrderQuantity", ProblemCodes.NotAMultiple), (problem.Index, problem.Problem.Field, problem.Problem.Code));
    }

    [Fact]
    public async Task Problems_come_back_in_item_order_and_nothing_is_written()
    {
        await using var database = await ArrangeAsync();

        var outcome = await database.Get<CatalogSyncService>().UpsertProductsAsync(
            [Item("OK-1"), Item("BAD-1", -1m), null, Item("BAD-3", 1m, [Tier("Core", 1m), Tier("CORE", 2m), new TierPriceSyncItem { Tier = "Core" }])]);

        Assert.Equal(
            [(1, "listPrice", ProblemCodes.NegativeAmount), (2, "items[2]", ProblemCodes.Required), (3, "tierPrices[1].tier", ProblemCodes.Duplicate),
                (3, "tierPrices[2].tier", ProblemCodes.Duplicate), (3, "tierPrices[2].price", ProblemCodes.Required)],
            outcome.Problems.Select(p => (p.Index!.Value, p.Problem.Field!, p.Problem.Code)).ToList());
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Products.AnyAsync(p => p.Sku == "OK-1"));
    }

    [Fact]
    public async Task An_empty_or_oversized_batch_is_refused_as_a_whole()
    {
        await using var database = await ArrangeAsync();
        var service = database.Get<CatalogSyncService>();

        var empty = await service.UpsertProductsAsync([]);
        var big = await service.UpsertProductsAsync(Enumerable.Range(0, IntegrationLimits.MaxBatchItems + 1).Select(i => Item($"B-{i}")).ToList());

        Assert.Equal((null, "items", ProblemCodes.Required), (empty.Problems[0].Index, empty.Problems[0].Problem.Field, empty.Problems[0].Problem.Code));
        Assert.Equal((null, "items", ProblemCodes.OutOfRange), (big.Problems[0].Index, big.Problems[0].Problem.Field, big.Problems[0].Problem.Code));
    }

    [Fact]
    public async Task An_admin_may_sync_but_a_channel_manager_or_dealer_may_not()
    {
        await using var database = await ArrangeAsync();

        await database.SignInAsync(DemoUsers.Admin);
        Assert.Equal(new UpsertSummary(1, 0, 0), await UpsertAsync(database, Item("ADM-1")));
        await database.SignInAsync(DemoUsers.ManagerEast);
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<CatalogSyncService>().UpsertProductsAsync([Item("CM-1")]));
        await database.SignInAsync(DemoUsers.DealerP0001);
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<CatalogSyncService>().DeactivateAsync("ADM-1"));
    }

    [Fact]
    public async Task Deactivating_an_unknown_SKU_names_it()
    {
        await using var database = await ArrangeAsync();

        var outcome = await database.Get<CatalogSyncService>().DeactivateAsync(" no-such ");

        Assert.Equal(new Problem(ProblemCodes.UnknownSku, "sku", "NO-SUCH").Args, Assert.Single(outcome.Problems).Args);
    }
}
