using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Catalog.Admin.CatalogAdminTestKit;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

public sealed class ProductAdminServiceTests
{
    private static ProductDraft NewDraft(int categoryId, string sku = "KIT-4100") => new(
        sku, "多功能破壁料理机", "Multi-Function Blender", categoryId, "台", "unit",
        PackSize: 6, MinOrderQuantity: 12, OrderMultiple: 6, ListPrice: 459.50m, LowStockThreshold: 30, IsActive: true);

    [Fact]
    public async Task List_pages_every_product_by_sku_on_the_server()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        // 60 products by SKU: AC 0–9, KIT 10–19, REF 20–29, SMALL 30–39, WASH 40–49, WATER 50–59.
        var second = await Products(database).ListAsync(new PageRequest(Page: 1, PageSize: 25));

        Assert.Equal(60, second.TotalCount);
        Assert.Equal(25, second.Items.Count);
        Assert.Equal("REF-2006", second.Items[0].Sku);
        Assert.Equal("WASH-3010", second.Items[^1].Sku);
    }

    [Fact]
    public async Task List_searches_sku_and_includes_inactive_products()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var result = await Products(database).ListAsync(new PageRequest(Search: " ac-100 "));

        // AC-1001 … AC-1009; AC-1006 is no longer sold but is still maintained here.
        Assert.Equal(9, result.TotalCount);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"AC-100{i}"), result.Items.Select(p => p.Sku));
        Assert.False(result.Items.Single(p => p.Sku == "AC-1006").IsActive);
        var ac1001 = result.Items[0];
        Assert.Equal(3299.00m, ac1001.ListPrice);
        Assert.Equal("空调", ac1001.CategoryName);
    }

    [Fact]
    public async Task Search_for_a_picker_finds_by_sku_and_chinese_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Products(database);

        var bySku = await service.SearchAsync("REF-200");
        var byName = await service.SearchAsync("1.5匹");

        Assert.Equal(9, bySku.Count); // REF-2001 … REF-2009
        Assert.Equal("REF-2001", bySku[0].Sku);
        Assert.Contains(byName, p => p.Sku == "AC-1001");
    }

    [Fact]
    public async Task Save_creates_a_product_with_a_normalized_sku()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Products(database);

        var outcome = await service.SaveAsync(null, NewDraft(kit, sku: " kit-4100 ") with { Name = " 多功能破壁料理机 " });

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var saved = await service.GetDraftAsync(outcome.Value);
        Assert.Equal(NewDraft(kit), saved);
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(61, await check.Products.CountAsync());
    }

    [Fact]
    public async Task Save_updates_a_product_and_the_audit_log_records_the_old_and_new_list_price()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac1001 = await ProductIdAsync(database, "AC-1001");
        var admin = await database.SignInAsync(DemoUsers.Admin);
        var service = Products(database);
        var draft = await service.GetDraftAsync(ac1001);
        Assert.NotNull(draft);
        Assert.Equal(3299.00m, draft.ListPrice);
        var lastAudit = await LastAuditIdAsync(database);

        var outcome = await service.SaveAsync(ac1001, draft with { ListPrice = 3199.00m });

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal(ac1001, outcome.Value);
        Assert.Equal(3199.00m, (await service.GetDraftAsync(ac1001))!.ListPrice);
        var entry = Assert.Single(await AuditEntriesAfterAsync(database, lastAudit, nameof(Product)));
        Assert.Equal(AuditAction.Updated, entry.Action);
        Assert.Equal(ac1001.ToString(), entry.EntityKey);
        Assert.Equal(admin.UserId, entry.UserId);
        Assert.Equal(DemoUsers.Admin, entry.UserName);
        Assert.Equal([nameof(Product.ListPrice)], ChangedProperties(entry));
        var (oldPrice, newPrice) = Change(entry, nameof(Product.ListPrice));
        Assert.Equal(3299.00m, oldPrice!.Value.GetDecimal());
        Assert.Equal(3199.00m, newPrice!.Value.GetDecimal());
    }

    [Fact]
    public async Task Save_refuses_an_invalid_draft_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Products(database).SaveAsync(null, NewDraft(kit) with
        {
            MinOrderQuantity = 8, ListPrice = 459.505m, PackSize = 0, CategoryId = 9_999,
        });

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [(ProblemCodes.NotAMultiple, "MinOrderQuantity"), (ProblemCodes.NotFound, "CategoryId"),
             (ProblemCodes.QuantityNotPositive, "PackSize"), (ProblemCodes.TooManyDecimals, "ListPrice")],
            outcome.Problems.Select(p => (p.Code, p.Field)).Order());
        Assert.Equal([6], outcome.Problems.Single(p => p.Code == ProblemCodes.NotAMultiple).Args);
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(60, await check.Products.CountAsync());
    }

    [Fact]
    public async Task Save_refuses_a_sku_another_product_has()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        var ac1002 = await ProductIdAsync(database, "AC-1002");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Products(database);
        var ac1002Draft = (await service.GetDraftAsync(ac1002))!;

        var created = await service.SaveAsync(null, NewDraft(kit, sku: "ac-1001"));
        var renamed = await service.SaveAsync(ac1002, ac1002Draft with { Sku = "AC-1001" });
        var unchanged = await service.SaveAsync(ac1002, ac1002Draft with { LowStockThreshold = 25 });

        var problem = Assert.Single(created.Problems);
        Assert.Equal((ProblemCodes.Duplicate, "Sku"), (problem.Code, problem.Field));
        Assert.Equal(["AC-1001"], problem.Args);
        Assert.Equal([ProblemCodes.Duplicate], renamed.Problems.Select(p => p.Code));
        Assert.True(unchanged.Succeeded, string.Join(", ", unchanged.Problems)); // its own SKU is not a duplicate
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(60, await check.Products.CountAsync());
        Assert.Equal("AC-1002", await check.Products.Where(p => p.Id == ac1002).Select(p => p.Sku).SingleAsync());
    }

    [Fact]
    public async Task Save_of_a_product_that_does_not_exist_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Products(database);

        var outcome = await service.SaveAsync(99_999, NewDraft(kit));

        Assert.Equal([ProblemCodes.NotFound], outcome.Problems.Select(p => p.Code));
        Assert.Null(await service.GetDraftAsync(99_999));
    }
}
