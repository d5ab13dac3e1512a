using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

/// <summary>A number field as a dealer types into it, with the portal's converter (the cart's quantity field).</summary>
public sealed class NumberConvertersTests : BunitTestContext
{
    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private (IRenderedComponent<MudNumericField<int>> Field, List<int> Values) RenderQuantity()
    {
        var values = new List<int>();
        var cut = Render<MudNumericField<int>>(p => p
            .Add(x => x.Value, 2)
            .Add(x => x.ValueChanged, v => values.Add(v))
            .Add(x => x.Converter, NumberConverters.Whole(L, "Quantity", 1, QuantityRules.MaxQuantity)));
        return (cut, values);
    }

    private static string? ErrorText(IRenderedComponent<MudNumericField<int>> cut) =>
        cut.FindAll(".mud-input-helper-text.mud-input-error").FirstOrDefault()?.TextContent.Trim();

    [Theory]
    [InlineData("１０", 10)]
    [InlineData("１２０", 120)]
    [InlineData(" 7 ", 7)]
    [InlineData("1,200", 1200)]
    public void Full_width_digits_are_read_as_the_number(string typed, int expected)
    {
        UseCulture(PortalCultures.Chinese);
        var (cut, values) = RenderQuantity();

        cut.Find("input").Change(typed);

        Assert.Equal(expected, Assert.Single(values));
        Assert.Null(ErrorText(cut));
    }

    [Theory]
    [InlineData(PortalCultures.English, "9999999999999", "Quantity: is too large (at most 999,999).")]
    [InlineData(PortalCultures.English, "1e12", "Quantity: is too large (at most 999,999).")]
    [InlineData(PortalCultures.Chinese, "9999999999999", "数量: 太大（最多 999,999）。")]
    [InlineData(PortalCultures.English, "2.5", "Quantity: \"2.5\" is not a whole number.")]
    public void A_number_that_cannot_be_a_quantity_leaves_no_quantity_and_says_why(string culture, string typed, string message)
    {
        UseCulture(culture);
        var (cut, values) = RenderQuantity();

        cut.Find("input").Change(typed);

        // Never 1 (1e12 once was) nor the maximum: no quantity at all, which the cart does not send.
        Assert.Equal([0], values);
        Assert.Equal(message, ErrorText(cut));
    }

    [Theory]
    [InlineData("１２．５", "12.5")]
    [InlineData("1,234.50", "1234.5")]
    public void A_price_reads_full_width_digits_and_thousands_separators(string typed, string expected)
    {
        UseCulture(PortalCultures.English);
        var values = new List<decimal>();
        var cut = Render<MudNumericField<decimal>>(p => p
            .Add(x => x.ValueChanged, v => values.Add(v))
            .Add(x => x.Converter, NumberConverters.Decimal(L, "Price", 0m, 99_999_999.99m, 2, "N2")));

        cut.Find("input").Change(typed);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(values));
    }

    [Fact]
    public void An_optional_field_left_empty_has_no_value_and_no_error()
    {
        UseCulture(PortalCultures.English);
        var values = new List<int?>();
        var cut = Render<MudNumericField<int?>>(p => p
            .Add(x => x.Value, 5)
            .Add(x => x.ValueChanged, v => values.Add(v))
            .Add(x => x.Converter, NumberConverters.OptionalWhole(L, "Stock", 0, 1_000)));

        cut.Find("input").Change("");

        Assert.Equal([null], values);
        Assert.Empty(cut.FindAll(".mud-input-error"));
    }
}
