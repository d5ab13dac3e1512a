using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Catalog.Admin.CatalogAdminTestKit;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

public sealed class CatalogAdminAccessTests
{
    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.DealerP0001)]
    [InlineData(DemoUsers.TraineeP0001)]
    public async Task Anyone_but_an_admin_gets_a_scope_violation_and_changes_nothing(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        var sh = await WarehouseIdAsync(database, "WH-SH");
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        await database.SignInAsync(email);
        var products = Products(database);
        var categories = Categories(database);
        var pricing = Pricing(database);
        var stock = Stock(database);
        var draft = new ProductDraft("KIT-4100", "料理机", "Blender", kit, "台", "unit", 1, 1, 1, 1m, 0, true);

        await Assert.ThrowsAsync<ScopeViolationException>(() => products.ListAsync(new PageRequest()));
        await Assert.ThrowsAsync<ScopeViolationException>(() => products.SearchAsync("AC"));
        await Assert.ThrowsAsync<ScopeViolationException>(() => products.GetDraftAsync(ac1001));
        await Assert.ThrowsAsync<ScopeViolationException>(() => products.SaveAsync(null, draft));
        await Assert.ThrowsAsync<ScopeViolationException>(() => categories.ListAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => categories.SaveAsync(kit, new CategoryDraft("KIT", "厨房", "")));
        await Assert.ThrowsAsync<ScopeViolationException>(() => pricing.ListDiscountsAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => pricing.SaveDiscountsAsync([new TierDiscountDraft(PartnerTier.Standard, 50m)]));
        await Assert.ThrowsAsync<ScopeViolationException>(() => pricing.ListPricesAsync(new PageRequest()));
        await Assert.ThrowsAsync<ScopeViolationException>(() => pricing.SavePriceAsync(new TierPriceDraft(PartnerTier.Standard, ac1001, 1m)));
        await Assert.ThrowsAsync<ScopeViolationException>(() => pricing.RemovePriceAsync(PartnerTier.Core, ac1001));
        await Assert.ThrowsAsync<ScopeViolationException>(() => stock.ListWarehousesAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => stock.GetFiguresAsync(sh, ac1001));
        await Assert.ThrowsAsync<ScopeViolationException>(() => stock.AdjustAsync(sh, ac1001, 1_000, "盘点"));
        await Assert.ThrowsAsync<ScopeViolationException>(() => stock.ListAsync(new PageRequest()));

        Assert.Equal((195, 0), await StockAsync(database, "WH-SH", "AC-1001"));
        database.SignOut();
        await database.SignInAsync(DemoUsers.Admin);
        Assert.Equal(60, (await products.ListAsync(new PageRequest())).TotalCount);
        Assert.Equal([12.00m, 8.00m, 3.00m], (await pricing.ListDiscountsAsync()).Select(d => d.DiscountPercent));
        Assert.Equal("厨房电器", (await categories.ListAsync()).Single(c => c.Id == kit).Name);
    }

    [Fact]
    public async Task A_signed_out_caller_gets_a_scope_violation()
    {
        await using var database = await TestDatabase.CreateAsync();
        database.SignOut();

        await Assert.ThrowsAsync<ScopeViolationException>(() => Products(database).ListAsync(new PageRequest()));
    }
}
