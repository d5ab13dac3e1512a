using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Catalog;

public sealed class StockByWarehouseTests
{
    [Fact]
    public async Task Per_warehouse_figures_are_shown_only_when_the_brand_allows_it()
    {
        await using var allowed = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Catalog:ShowStockByWarehouse"] = "true" });
        await allowed.SignInAsync(DemoUsers.DealerP0001);
        var item = (await allowed.Get<CatalogService>().ListAsync(new PageRequest(Search: "AC-1001"), new CatalogFilter())).Items.Single();
        // warehouses.json: AC-1001 has 107 in WH-GZ and 195 in WH-SH, 302 in all.
        Assert.Equal([("WH-GZ", 107), ("WH-SH", 195)], item.ByWarehouse.Select(w => (w.WarehouseCode, w.Available)));
        Assert.Equal(302, item.Available);

        await using var hidden = await TestDatabase.CreateAsync();
        await hidden.SignInAsync(DemoUsers.DealerP0001);
        var plain = (await hidden.Get<CatalogService>().ListAsync(new PageRequest(Search: "AC-1001"), new CatalogFilter())).Items.Single();
        Assert.Empty(plain.ByWarehouse);
        Assert.Equal(302, plain.Available);
    }
}
