using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Catalog.Admin.CatalogAdminTestKit;

namespace PartnerPortal.Infrastructure.Tests.Catalog.Admin;

public sealed class CategoryAdminServiceTests
{
    [Fact]
    public async Task List_shows_every_category_by_code_with_its_product_count()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var categories = await Categories(database).ListAsync();

        Assert.Equal(["AC", "KIT", "REF", "SMALL", "WASH", "WATER"], categories.Select(c => c.Code));
        Assert.All(categories, c => Assert.Equal(10, c.ProductCount));
        Assert.Equal(("厨房电器", "Kitchen Appliances"), (categories[1].Name, categories[1].NameEn));
    }

    [Fact]
    public async Task Save_creates_a_category_with_an_upper_case_code()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var service = Categories(database);

        var outcome = await service.SaveAsync(null, new CategoryDraft(" tv ", " 电视 ", " Televisions "));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var created = Assert.Single(await service.ListAsync(), c => c.Id == outcome.Value);
        Assert.Equal(("TV", "电视", "Televisions", 0), (created.Code, created.Name, created.NameEn, created.ProductCount));
    }

    [Fact]
    public async Task Save_renames_a_category_keeping_its_products()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Categories(database);

        var outcome = await service.SaveAsync(kit, new CategoryDraft("KIT", "厨卫电器", "Kitchen & Bath"));

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        var renamed = Assert.Single(await service.ListAsync(), c => c.Id == kit);
        Assert.Equal(("KIT", "厨卫电器", "Kitchen & Bath", 10), (renamed.Code, renamed.Name, renamed.NameEn, renamed.ProductCount));
    }

    [Fact]
    public async Task Save_refuses_a_code_another_category_has()
    {
        await using var database = await TestDatabase.CreateAsync();
        var kit = await CategoryIdAsync(database, "KIT");
        await database.SignInAsync(DemoUsers.Admin);
        var service = Categories(database);

        var created = await service.SaveAsync(null, new CategoryDraft("ac", "空调二", ""));
        var recoded = await service.SaveAsync(kit, new CategoryDraft("REF", "厨房电器", "Kitchen Appliances"));

        var problem = Assert.Single(created.Problems);
        Assert.Equal((ProblemCodes.Duplicate, "Code"), (problem.Code, problem.Field));
        Assert.Equal(["AC"], problem.Args);
        Assert.Equal([ProblemCodes.Duplicate], recoded.Problems.Select(p => p.Code));
        Assert.Equal(6, (await service.ListAsync()).Count);
        Assert.Equal("KIT", (await service.ListAsync()).Single(c => c.Id == kit).Code);
    }

    [Fact]
    public async Task Save_refuses_an_invalid_category()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await Categories(database).SaveAsync(null, new CategoryDraft("电视", "", ""));

        Assert.Equal([(ProblemCodes.InvalidCode, "Code"), (ProblemCodes.Required, "Name")],
            outcome.Problems.Select(p => (p.Code, p.Field)).Order());
    }
}
