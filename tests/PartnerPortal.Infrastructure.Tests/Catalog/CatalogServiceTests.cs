using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Catalog;

/// <summary>
/// The catalog as a partner sees it, checked against figures worked out by hand from assets/demo
/// (products.json, pricing.json, warehouses.json, partners.json).
/// </summary>
public sealed class CatalogServiceTests
{
    /// <summary>Every active product the signed-in partner sees, by SKU (57 fit on one page of 200).</summary>
    private static async Task<Dictionary<string, CatalogItem>> AllItemsAsync(CatalogService service)
    {
        var page = await service.ListAsync(new PageRequest(PageSize: PageRequest.MaxPageSize), new CatalogFilter());
        return page.Items.ToDictionary(i => i.Sku);
    }

    private static async Task ReserveAsync(TestDatabase database, string sku, string warehouseCode, int reserved)
    {
        await using var db = await database.CreateSystemContextAsync();
        var level = await db.StockLevels.SingleAsync(s => s.Product!.Sku == sku && s.Warehouse!.Code == warehouseCode);
        level.Reserved = reserved;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_strategic_dealer_gets_the_explicit_strategic_price_or_twelve_percent_off_the_list_price()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001); // P0001, tier Strategic (12%)

        var items = await AllItemsAsync(database.Get<CatalogService>());

        // Explicit Strategic prices from pricing.json win over the discount.
        Assert.Equal(3299.00m, items["AC-1001"].ListPrice);
        Assert.Equal(2803.00m, items["AC-1001"].YourPrice); // not 3299.00 × 0.88 = 2903.12
        Assert.Equal(253.00m, items["KIT-4009"].YourPrice); // not 299.00 × 0.88 = 263.12
        // No explicit price: list × (1 − 12/100).
        Assert.Equal(2599.00m, items["AC-1002"].ListPrice);
        Assert.Equal(2287.12m, items["AC-1002"].YourPrice); // 2599.00 × 0.88 = 2287.12
        Assert.Equal(5015.12m, items["AC-1004"].YourPrice); // 5699.00 × 0.88 = 5015.12
        Assert.Equal(87.12m, items["SMALL-6006"].YourPrice); // 99.00 × 0.88 = 87.12
        Assert.Equal(1578.72m, items["WATER-5010"].YourPrice); // 1794.00 × 0.88 = 1578.72
    }

    [Fact]
    public async Task A_core_dealer_gets_the_explicit_core_price_or_eight_percent_off_the_list_price()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0002); // P0002, tier Core (8%)

        var items = await AllItemsAsync(database.Get<CatalogService>());

        Assert.Equal(2968.00m, items["AC-1001"].YourPrice); // explicit Core price (Strategic would be 2803.00)
        Assert.Equal(3868.00m, items["AC-1009"].YourPrice); // explicit Core price, list 4299.00
        Assert.Equal(2391.08m, items["AC-1002"].YourPrice); // 2599.00 × 0.92 = 2391.08
        Assert.Equal(91.08m, items["SMALL-6006"].YourPrice); // 99.00 × 0.92 = 91.08
        Assert.Equal(540.96m, items["WATER-5009"].YourPrice); // 588.00 × 0.92 = 540.96
        Assert.Equal(2599.00m, items["AC-1002"].ListPrice); // the list price is shown unchanged next to it
    }

    [Fact]
    public async Task A_discounted_price_on_a_midpoint_is_rounded_half_away_from_zero()
    {
        // 12% or 8% off a price in whole cents never lands on a half cent, so make one that does:
        // 3% off 100.50 = 100.50 × 0.97 = 97.485 → 97.49 away from zero (to even would give 97.48).
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.CreateSystemContextAsync())
        {
            (await db.TierDiscounts.SingleAsync(d => d.Tier == PartnerTier.Strategic)).DiscountPercent = 3.00m;
            (await db.Products.SingleAsync(p => p.Sku == "AC-1002")).ListPrice = 100.50m;
            await db.SaveChangesAsync();
        }
        await database.SignInAsync(DemoUsers.DealerP0001);

        var items = await AllItemsAsync(database.Get<CatalogService>());

        Assert.Equal(97.49m, items["AC-1002"].YourPrice);
        Assert.Equal(2803.00m, items["AC-1001"].YourPrice); // the explicit price ignores the discount
    }

    [Fact]
    public async Task Availability_is_on_hand_minus_reserved_summed_over_both_warehouses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var before = await AllItemsAsync(service);
        await ReserveAsync(database, "AC-1001", "WH-SH", 100);
        var after = await AllItemsAsync(service);

        Assert.Equal(302, before["AC-1001"].Available); // WH-SH 195 + WH-GZ 107
        Assert.Equal(202, after["AC-1001"].Available); // (195 − 100) + 107
        Assert.Equal(StockState.InStock, after["AC-1001"].State); // 202 > threshold 20
        Assert.Equal(67, before["AC-1003"].Available); // WH-SH 67, no row in WH-GZ
        Assert.Equal(3, before["WASH-3007"].Available); // 2 + 1
        Assert.Equal(28, before["SMALL-6003"].Available); // 18 + 10
        Assert.Equal(3630, before["KIT-4009"].Available); // 2046 + 1584
    }

    [Fact]
    public async Task Stock_state_is_out_at_zero_low_at_or_below_the_threshold_and_in_stock_above_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var seeded = await AllItemsAsync(service);

        Assert.Equal(0, seeded["AC-1005"].Available); // 0 + 0
        Assert.Equal(StockState.Out, seeded["AC-1005"].State);
        Assert.Equal(0, seeded["REF-2006"].Available); // WH-SH 0, no row in WH-GZ
        Assert.Equal(StockState.Out, seeded["REF-2006"].State);
        Assert.Equal(StockState.Low, seeded["WASH-3007"].State); // 3 ≤ 5
        Assert.Equal(9, seeded["WATER-5003"].Available); // 6 + 3
        Assert.Equal(StockState.Low, seeded["WATER-5003"].State); // 9 ≤ 12
        Assert.Equal(StockState.Low, seeded["SMALL-6003"].State); // 28 ≤ 40
        Assert.Equal(StockState.InStock, seeded["AC-1003"].State); // 67 > 20

        // AC-1001: WH-SH 195 + WH-GZ 107 on hand, threshold 20. A warehouse cannot reserve more than it holds.
        await ReserveAsync(database, "AC-1001", "WH-SH", 195); // (195 − 195) + 107 = 107
        await ReserveAsync(database, "AC-1001", "WH-GZ", 86); // 0 + (107 − 86) = 21
        var justAbove = (await AllItemsAsync(service))["AC-1001"];
        await ReserveAsync(database, "AC-1001", "WH-GZ", 87); // 0 + (107 − 87) = 20
        var atThreshold = (await AllItemsAsync(service))["AC-1001"];
        await ReserveAsync(database, "AC-1001", "WH-GZ", 107); // 0 + (107 − 107) = 0
        var reservedOut = (await AllItemsAsync(service))["AC-1001"];

        Assert.Equal(21, justAbove.Available);
        Assert.Equal(StockState.InStock, justAbove.State);
        Assert.Equal(20, atThreshold.Available);
        Assert.Equal(StockState.Low, atThreshold.State);
        Assert.Equal(0, reservedOut.Available);
        Assert.Equal(StockState.Out, reservedOut.State);
    }

    [Fact]
    public async Task Inactive_products_are_not_listed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var items = await AllItemsAsync(service);
        var inactiveBySku = await service.ListAsync(new PageRequest(Search: "AC-1006"), new CatalogFilter());
        var inactiveByName = await service.ListAsync(new PageRequest(Search: "定频"), new CatalogFilter()); // only AC-1006 and WASH-3010

        Assert.Equal(57, items.Count); // 60 products, 3 inactive
        Assert.DoesNotContain("AC-1006", items.Keys);
        Assert.DoesNotContain("REF-2010", items.Keys);
        Assert.DoesNotContain("WASH-3010", items.Keys);
        Assert.Empty(inactiveBySku.Items);
        Assert.Equal(0, inactiveBySku.TotalCount);
        Assert.Empty(inactiveByName.Items);
        Assert.Equal(0, inactiveByName.TotalCount);
    }

    [Fact]
    public async Task Search_matches_the_sku_ignoring_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);

        var result = await database.Get<CatalogService>().ListAsync(new PageRequest(Search: " ac-100 "), new CatalogFilter());

        // AC-1001..AC-1009 less the inactive AC-1006; AC-1010 reads "AC-101…".
        Assert.Equal(["AC-1001", "AC-1002", "AC-1003", "AC-1004", "AC-1005", "AC-1007", "AC-1008", "AC-1009"],
            result.Items.Select(i => i.Sku));
        Assert.Equal(8, result.TotalCount);
    }

    [Fact]
    public async Task Search_matches_the_chinese_and_the_english_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var chinese = await service.ListAsync(new PageRequest(Search: "滤芯"), new CatalogFilter());
        var airFryer = await service.ListAsync(new PageRequest(Search: "空气炸锅"), new CatalogFilter());
        var english = await service.ListAsync(new PageRequest(Search: "FREEZER"), new CatalogFilter());

        Assert.Equal(["WATER-5009", "WATER-5010"], chinese.Items.Select(i => i.Sku));
        Assert.Equal(2, chinese.TotalCount);
        var fryer = Assert.Single(airFryer.Items);
        Assert.Equal("SMALL-6008", fryer.Sku);
        Assert.Equal("Air Fryer, 5.5 L, Viewing Window", fryer.NameEn);
        Assert.Equal("生活小家电", fryer.CategoryName);
        Assert.Equal("Small Appliances", fryer.CategoryNameEn);
        Assert.Equal(["REF-2008", "REF-2009"], english.Items.Select(i => i.Sku)); // "…Chest Freezer…", "…Upright Freezer…"
        Assert.Equal(2, english.TotalCount);
    }

    [Fact]
    public async Task Category_filter_lists_only_that_categorys_active_products()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var categories = await service.ListCategoriesAsync();
        var refrigerators = categories.Single(c => c.Code == "REF");
        var result = await service.ListAsync(new PageRequest(), new CatalogFilter(refrigerators.Id));
        var searchedWithin = await service.ListAsync(new PageRequest(Search: "ac-100"), new CatalogFilter(refrigerators.Id));

        Assert.Equal(["AC", "KIT", "REF", "SMALL", "WASH", "WATER"], categories.Select(c => c.Code));
        Assert.Equal("冰箱", refrigerators.Name);
        // REF-2001..REF-2010 less the inactive REF-2010.
        Assert.Equal(["REF-2001", "REF-2002", "REF-2003", "REF-2004", "REF-2005", "REF-2006", "REF-2007", "REF-2008", "REF-2009"],
            result.Items.Select(i => i.Sku));
        Assert.Equal(9, result.TotalCount);
        Assert.All(result.Items, i => Assert.Equal("Refrigerators", i.CategoryNameEn));
        Assert.Empty(searchedWithin.Items);
        Assert.Equal(0, searchedWithin.TotalCount);
    }

    [Fact]
    public async Task Paging_counts_every_active_product_and_pages_in_sku_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var service = database.Get<CatalogService>();

        var first = await service.ListAsync(new PageRequest(Page: 0, PageSize: 25), new CatalogFilter());
        var third = await service.ListAsync(new PageRequest(Page: 2, PageSize: 25), new CatalogFilter());
        var beyond = await service.ListAsync(new PageRequest(Page: 3, PageSize: 25), new CatalogFilter());

        // Active per category, in SKU order: AC 9, KIT 10, REF 9, SMALL 10, WASH 9, WATER 10 = 57.
        Assert.Equal(57, first.TotalCount);
        Assert.Equal(25, first.Items.Count);
        Assert.Equal("AC-1001", first.Items[0].Sku);
        Assert.Equal("REF-2006", first.Items[^1].Sku); // 9 AC + 10 KIT + REF-2001..REF-2006 = 25
        Assert.Equal(57, third.TotalCount);
        // Skip 50 = 9 + 10 + 9 + 10 + 9 + 3, so WATER-5004..WATER-5010: 57 − 50 = 7 items.
        Assert.Equal(["WATER-5004", "WATER-5005", "WATER-5006", "WATER-5007", "WATER-5008", "WATER-5009", "WATER-5010"],
            third.Items.Select(i => i.Sku));
        Assert.Empty(beyond.Items);
        Assert.Equal(57, beyond.TotalCount);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.Admin)]
    public async Task A_user_without_a_partner_gets_an_empty_catalog(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(email);

        var result = await database.Get<CatalogService>().ListAsync(new PageRequest(), new CatalogFilter());

        Assert.Empty(result.Items);
        Assert.Equal(0, result.TotalCount);
    }
}
