using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Components.Layout;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Layout;

public sealed class LanguageSwitchTests : BunitTestContext
{
    private const string CurrentPage = "/partners?x=1";

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Offers_both_languages_named_in_themselves_and_returning_to_the_current_page(string culture)
    {
        UseCulture(culture);
        Services.GetRequiredService<NavigationManager>().NavigateTo(CurrentPage);

        var cut = Render<LanguageSwitch>();

        var links = cut.FindAll("a");
        Assert.Equal(["简体中文", "English"], links.Select(a => a.TextContent.Trim()));
        var back = Uri.EscapeDataString(CurrentPage);
        Assert.Equal("%2Fpartners%3Fx%3D1", back);
        Assert.Equal(
            [$"culture/set?culture=zh-CN&redirectUri={back}", $"culture/set?culture=en&redirectUri={back}"],
            links.Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese, "简体中文", "English")]
    [InlineData(PortalCultures.English, "English", "简体中文")]
    public void Marks_only_the_current_language_as_current(string culture, string current, string other)
    {
        UseCulture(culture);

        var cut = Render<LanguageSwitch>();

        var links = cut.FindAll("a").ToDictionary(a => a.TextContent.Trim());
        Assert.Equal("true", links[current].GetAttribute("aria-current"));
        Assert.False(links[other].HasAttribute("aria-current"));
    }

    [Fact]
    public void The_navigation_landmark_is_labelled_in_the_current_language()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = Render<LanguageSwitch>();

        Assert.Equal("语言", cut.Find("nav").GetAttribute("aria-label"));
    }
}
