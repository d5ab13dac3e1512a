using PartnerPortal.Web.Localization;

namespace PartnerPortal.Web.Tests.Localization;

/// <summary>Money is in yuan whatever the language: both cultures format it the same way.</summary>
public sealed class CurrencyFormatTests
{
    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void A_positive_amount_is_yuan_with_two_decimals(string culture)
    {
        Assert.Equal("¥1,234.50", 1234.5m.ToString("C", PortalCultures.Create(culture)));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void A_negative_amount_has_the_minus_before_the_symbol(string culture)
    {
        Assert.Equal("-¥8.10", (-8.1m).ToString("C", PortalCultures.Create(culture)));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("EN")]
    [InlineData("en")]
    [InlineData("zh-cn")]
    public void Supported_cultures_are_accepted_in_any_case(string name)
    {
        Assert.True(PortalCultures.IsSupported(name));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("zh")]
    [InlineData(null)]
    public void Other_cultures_are_refused(string? name)
    {
        Assert.False(PortalCultures.IsSupported(name));
    }
}
