using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Web.Components.Layout;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Layout;

public sealed class NavMenuTests : BunitTestContext
{
    /// <summary>The spec: which links each role is shown in the side navigation, in order.</summary>
    public static TheoryData<string, string[]> LinksByRole => new()
    {
        { PortalRoles.Admin, ["/", "/partners", "/partners/health", "/orders", "/shipments", "/returns", "/approvals", "/invoices", "/low-stock", "/partners/documents", "/rebates/policies", "/statements", "/training/courses", "/training/progress", "/points/rewards", "/points/redemptions", "/points/award", "/admin/regions", "/admin/products", "/admin/categories", "/admin/pricing", "/admin/warehouses", "/admin/stock", "/admin/users", "/admin/api-keys", "/admin/webhooks", "/admin/webhooks/deliveries", "/admin/audit", "/Account/Manage"] },
        { PortalRoles.ChannelManager, ["/", "/partners", "/partners/health", "/orders", "/shipments", "/returns", "/approvals", "/invoices", "/low-stock", "/partners/documents", "/rebates/policies", "/statements", "/training/courses", "/training/progress", "/points/rewards", "/points/redemptions", "/points/award", "/admin/audit", "/Account/Manage"] },
        { PortalRoles.Dealer, ["/", "/catalog", "/cart", "/stock", "/orders", "/shipments", "/returns", "/credit", "/rebates", "/statements", "/learning", "/points", "/my-partner", "/Account/Manage"] },
        { PortalRoles.Trainee, ["/", "/learning", "/points", "/my-partner", "/Account/Manage"] },
    };

    [Theory]
    [MemberData(nameof(LinksByRole))]
    public void Each_role_sees_exactly_its_links(string role, string[] expected)
    {
        SignIn(role);

        var cut = Render<NavMenu>();

        Assert.Equal(expected, Hrefs(cut));
    }

    [Fact]
    public void The_theory_covers_every_role()
    {
        Assert.Equal(PortalRoles.All.Order(), LinksByRole.Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void An_anonymous_user_sees_no_links()
    {
        var auth = AddAuthorization();
        auth.SetNotAuthorized();

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a"));
    }

    [Fact]
    public void A_user_without_a_portal_role_sees_no_links()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a"));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese, "首页", "我的公司", "我的账户")]
    [InlineData(PortalCultures.English, "Home", "My company", "My account")]
    public void The_dealer_nav_is_labelled_in_the_current_language(string culture, string home, string myCompany, string myAccount)
    {
        UseCulture(culture);
        SignIn(PortalRoles.Dealer);

        var cut = Render<NavMenu>();

        var labels = cut.FindAll("a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal(home, labels["/"]);
        Assert.Equal(myCompany, labels["/my-partner"]);
        Assert.Equal(myAccount, labels["/Account/Manage"]);
    }

    [Theory]
    [InlineData(PortalRoles.Admin, "/partners/health", "/partners/health")]
    [InlineData(PortalRoles.Admin, "/partners/documents?days=30", "/partners/documents")]
    [InlineData(PortalRoles.Admin, "/partners", "/partners")]
    [InlineData(PortalRoles.Admin, "/partners/12", "/partners")]
    [InlineData(PortalRoles.Admin, "/admin/webhooks/deliveries", "/admin/webhooks/deliveries")]
    [InlineData(PortalRoles.Admin, "/admin/webhooks", "/admin/webhooks")]
    [InlineData(PortalRoles.ChannelManager, "/rebates/policies/3", "/rebates/policies")]
    [InlineData(PortalRoles.ChannelManager, "/orders/41", "/orders")]
    [InlineData(PortalRoles.Dealer, "/", "/")]
    [InlineData(PortalRoles.Dealer, "/rebates", "/rebates")]
    [InlineData(PortalRoles.Dealer, "/returns/RMA-202612-00001", "/returns")]
    [InlineData(PortalRoles.ChannelManager, "/returns/RMA-202612-00001/receipt", "/returns")]
    public void Exactly_one_link_is_highlighted_the_pages_own(string role, string path, string expected)
    {
        SignIn(role);
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);

        var cut = Render<NavMenu>();

        Assert.Equal([expected], cut.FindAll("a.active").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_highlight_follows_the_page_when_the_user_navigates()
    {
        SignIn(PortalRoles.Admin);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/partners");
        var cut = Render<NavMenu>();

        navigation.NavigateTo("/partners/health");

        cut.WaitForAssertion(() => Assert.Equal(["/partners/health"], cut.FindAll("a.active").Select(a => a.GetAttribute("href"))));
    }

    [Theory]
    [InlineData("partners/health", "/partners/health")]
    [InlineData("/partners/health/", "/partners/health")]
    [InlineData("partners/healthy", "/partners")]           // not a segment of /partners/health
    [InlineData("PARTNERS/HEALTH?band=AtRisk#top", "/partners/health")]
    [InlineData("", "/")]
    [InlineData("nowhere", null)]
    public void The_active_link_is_the_longest_address_the_path_starts_with(string path, string? expected)
    {
        Assert.Equal(expected, NavigationItems.ActiveHref(NavigationItems.For([PortalRoles.Admin]), path));
    }

    private void SignIn(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("name");
        auth.SetRoles(role);
    }

    private static string[] Hrefs(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll("a").Select(a => a.GetAttribute("href") ?? "").ToArray();
}
