using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Domain.Tests.Rebates;

public class RebateProductScopeTests
{
    private static RebateProductScope All(int[]? exCategories = null, int[]? exProducts = null) =>
        new(RebateProductTarget.All, [], [], exCategories ?? [], exProducts ?? []);

    private static RebateProductScope Categories(params int[] ids) => new(RebateProductTarget.Categories, ids, [], [], []);

    private static RebateProductScope Products(params int[] ids) => new(RebateProductTarget.Products, [], ids, [], []);

    private static string Show(RebateProductScope? s) => s is null
        ? "none"
        : $"{s.Target} c[{string.Join(",", s.CategoryIds)}] p[{string.Join(",", s.ProductIds)}] -c[{string.Join(",", s.ExcludedCategoryIds)}] -p[{string.Join(",", s.ExcludedProductIds)}]";

    public static TheoryData<RebateProductScope, RebateProductScope, string> Cases => new()
    {
        // every product, less another policy's categories: they are excluded by name
        { All(), Categories(3, 5), "All c[] p[] -c[3,5] -p[]" },
        { All(exCategories: [5, 7]), Categories(3, 5), "All c[] p[] -c[3,5,7] -p[]" },
        // every product, less another policy's SKUs
        { All(), Products(40, 12), "All c[] p[] -c[] -p[12,40]" },
        // a category list drops the shared categories
        { Categories(1, 3, 5), Categories(3), "Categories c[1,5] p[] -c[] -p[]" },
        // a category list, less SKUs inside it: the SKUs are excluded
        { Categories(1), Products(12), "Categories c[1] p[] -c[] -p[12]" },
        // a SKU list drops the shared SKUs
        { Products(10, 11, 12), Products(11), "Products c[] p[10,12] -c[] -p[]" },
        // a SKU list, less a category: excluded, the database resolves which SKUs it holds
        { Products(10, 11), Categories(2), "Products c[] p[10,11] -c[2] -p[]" },
        // the other policy's own exclusions are not taken away
        { All(), new RebateProductScope(RebateProductTarget.Categories, [3, 5], [], [5], []), "All c[] p[] -c[3] -p[]" },
        // nothing sensible left
        { All(), All(), "none" },
        { Categories(2), All(), "none" },
        { Categories(3, 5), Categories(5, 3), "none" },
        { Products(11), Products(11, 12), "none" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Leaving_out_another_policys_products(RebateProductScope scope, RebateProductScope other, string expected)
    {
        Assert.Equal(expected, Show(scope.Without(other)));
    }

    [Fact]
    public void Scopes_compare_by_their_ids_in_any_order()
    {
        Assert.True(Categories(1, 2).SameAs(Categories(2, 1)));
        Assert.False(Categories(1, 2).SameAs(Categories(1)));
        Assert.False(All().SameAs(All(exProducts: [4])));
        Assert.False(Categories(1).SameAs(Products(1)));
    }
}
