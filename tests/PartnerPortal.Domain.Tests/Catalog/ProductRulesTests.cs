using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Catalog;

public class ProductRulesTests
{
    /// <summary>A draft that passes: a carton of 6 sold from 12 in multiples of 6 at ¥299.00.</summary>
    private static readonly ProductDraft Valid = new(
        "KIT-4100", "多功能破壁料理机", "Multi-Function Blender", CategoryId: 4, "台", "unit",
        PackSize: 6, MinOrderQuantity: 12, OrderMultiple: 6, ListPrice: 299.00m, LowStockThreshold: 60, IsActive: true);

    private static IReadOnlyList<Problem> Validate(ProductDraft draft, bool categoryExists = true) =>
        ProductRules.Validate(draft, categoryExists);

    /// <summary>One broken rule per row: the change to the valid draft and the one problem it must give.</summary>
    private static readonly Dictionary<string, (Func<ProductDraft, ProductDraft> Change, Problem Expected)> Broken = new()
    {
        ["sku empty"] = (d => d with { Sku = "" }, new Problem(ProblemCodes.Required, "Sku")),
        ["sku blank"] = (d => d with { Sku = "   " }, new Problem(ProblemCodes.Required, "Sku")),
        ["sku lower case"] = (d => d with { Sku = "kit-4100" }, new Problem(ProblemCodes.InvalidCode, "Sku")),
        ["sku with a space"] = (d => d with { Sku = "KIT 4100" }, new Problem(ProblemCodes.InvalidCode, "Sku")),
        ["sku with an underscore"] = (d => d with { Sku = "KIT_4100" }, new Problem(ProblemCodes.InvalidCode, "Sku")),
        ["sku starting with a dash"] = (d => d with { Sku = "-KIT4100" }, new Problem(ProblemCodes.InvalidCode, "Sku")),
        ["sku of 31 characters"] = (d => d with { Sku = "K" + new string('1', 30) }, new Problem(ProblemCodes.TooLong, "Sku", 30)),
        ["name empty"] = (d => d with { Name = "" }, new Problem(ProblemCodes.Required, "Name")),
        ["name of 101 characters"] = (d => d with { Name = new string('机', 101) }, new Problem(ProblemCodes.TooLong, "Name", 100)),
        ["english name empty"] = (d => d with { NameEn = " " }, new Problem(ProblemCodes.Required, "NameEn")),
        ["english name of 101 characters"] = (d => d with { NameEn = new string('B', 101) }, new Problem(ProblemCodes.TooLong, "NameEn", 100)),
        ["no category"] = (d => d with { CategoryId = 0 }, new Problem(ProblemCodes.Required, "CategoryId")),
        ["unit empty"] = (d => d with { Unit = "" }, new Problem(ProblemCodes.Required, "Unit")),
        ["unit of 11 characters"] = (d => d with { Unit = new string('台', 11) }, new Problem(ProblemCodes.TooLong, "Unit", 10)),
        ["english unit of 21 characters"] = (d => d with { UnitEn = new string('u', 21) }, new Problem(ProblemCodes.TooLong, "UnitEn", 20)),
        ["pack size 0"] = (d => d with { PackSize = 0 }, new Problem(ProblemCodes.QuantityNotPositive, "PackSize")),
        ["pack size -6"] = (d => d with { PackSize = -6 }, new Problem(ProblemCodes.QuantityNotPositive, "PackSize")),
        ["minimum 0"] = (d => d with { MinOrderQuantity = 0 }, new Problem(ProblemCodes.QuantityNotPositive, "MinOrderQuantity")),
        ["minimum 8 with multiples of 6"] = (d => d with { MinOrderQuantity = 8 }, new Problem(ProblemCodes.NotAMultiple, "MinOrderQuantity", 6)),
        ["minimum 3 with multiples of 6"] = (d => d with { MinOrderQuantity = 3 }, new Problem(ProblemCodes.NotAMultiple, "MinOrderQuantity", 6)),
        ["minimum 12 with multiples of 5"] = (d => d with { OrderMultiple = 5 }, new Problem(ProblemCodes.NotAMultiple, "MinOrderQuantity", 5)),
        ["order multiple 0"] = (d => d with { OrderMultiple = 0 }, new Problem(ProblemCodes.QuantityNotPositive, "OrderMultiple")),
        ["list price -0.01"] = (d => d with { ListPrice = -0.01m }, new Problem(ProblemCodes.NegativeAmount, "ListPrice")),
        ["list price 299.005"] = (d => d with { ListPrice = 299.005m }, new Problem(ProblemCodes.TooManyDecimals, "ListPrice", 2)),
        ["list price 0.001"] = (d => d with { ListPrice = 0.001m }, new Problem(ProblemCodes.TooManyDecimals, "ListPrice", 2)),
        ["list price 100,000,000.00"] = (d => d with { ListPrice = 100_000_000.00m },
            new Problem(ProblemCodes.OutOfRange, "ListPrice", 0m, 99_999_999.99m)),
        ["threshold -1"] = (d => d with { LowStockThreshold = -1 }, new Problem(ProblemCodes.NegativeAmount, "LowStockThreshold")),
    };

    public static TheoryData<string> BrokenCases => new(Broken.Keys);

    [Fact]
    public void Valid_draft_has_no_problems()
    {
        ProblemAssert.None(Validate(Valid));
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Each_broken_rule_gives_exactly_its_problem(string name)
    {
        var (change, expected) = Broken[name];

        ProblemAssert.Single(Validate(change(Valid)), expected.Code, expected.Field, expected.Args);
    }

    [Theory]
    [InlineData(1, 1, 1, "0.00")]           // the smallest of everything, given away
    [InlineData(1, 2, 1, "3299.00")]        // AC-1001
    [InlineData(2, 4, 2, "499.00")]         // KIT-4006: minimum of 2 multiples
    [InlineData(12, 1, 1, "588.00")]        // WATER-5009: a case of 12 sold by the case
    [InlineData(6, 6, 6, "99999999.99")]    // the highest price
    [InlineData(6, 18, 3, "12.5")]          // one decimal is fine
    public void Drafts_within_every_rule_are_accepted(int packSize, int minimum, int multiple, string listPrice)
    {
        var draft = Valid with
        {
            PackSize = packSize, MinOrderQuantity = minimum, OrderMultiple = multiple,
            ListPrice = decimal.Parse(listPrice, System.Globalization.CultureInfo.InvariantCulture),
        };

        ProblemAssert.None(Validate(draft));
    }

    [Fact]
    public void Sku_of_30_characters_and_names_of_100_are_allowed()
    {
        var draft = Valid with { Sku = "K" + new string('1', 29), Name = new string('机', 100), NameEn = new string('B', 100) };

        ProblemAssert.None(Validate(draft));
    }

    [Fact]
    public void English_unit_and_a_zero_threshold_are_optional()
    {
        ProblemAssert.None(Validate(Valid with { UnitEn = "", LowStockThreshold = 0 }));
    }

    [Fact]
    public void A_category_that_does_not_exist_is_not_found()
    {
        ProblemAssert.Single(Validate(Valid, categoryExists: false), ProblemCodes.NotFound, "CategoryId");
    }

    [Fact]
    public void A_multiple_of_zero_is_reported_once_not_also_as_a_minimum_problem()
    {
        ProblemAssert.Single(Validate(Valid with { OrderMultiple = 0 }), ProblemCodes.QuantityNotPositive, "OrderMultiple");
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once()
    {
        var draft = new ProductDraft("", "", "", 0, "", "", 0, 0, 0, -1m, -1, true);

        ProblemAssert.Exactly(Validate(draft, categoryExists: false),
            (ProblemCodes.Required, "Sku"),
            (ProblemCodes.Required, "Name"),
            (ProblemCodes.Required, "NameEn"),
            (ProblemCodes.Required, "CategoryId"),
            (ProblemCodes.Required, "Unit"),
            (ProblemCodes.QuantityNotPositive, "PackSize"),
            (ProblemCodes.QuantityNotPositive, "MinOrderQuantity"),
            (ProblemCodes.QuantityNotPositive, "OrderMultiple"),
            (ProblemCodes.NegativeAmount, "ListPrice"),
            (ProblemCodes.NegativeAmount, "LowStockThreshold"));
    }

    [Fact]
    public void Normalize_trims_texts_and_upper_cases_the_sku()
    {
        var draft = ProductRules.Normalize(Valid with { Sku = " kit-4100 ", Name = " 料理机 ", NameEn = " Blender ", Unit = " 台 ", UnitEn = " unit " });

        Assert.Equal(Valid with { Name = "料理机", NameEn = "Blender" }, draft);
        ProblemAssert.None(Validate(draft));
    }

    [Fact]
    public void The_limits_match_the_entity()
    {
        Assert.Equal(30, Product.SkuMaxLength);
        Assert.Equal(100, Product.NameMaxLength);
    }
}
