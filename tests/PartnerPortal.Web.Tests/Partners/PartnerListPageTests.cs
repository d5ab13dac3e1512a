using System.Net;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Partners;

public sealed class PartnerListPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("zh-CN", "每页行数", "合作伙伴")]
    [InlineData("en", "Rows per page", "Partners")]
    public async Task Partner_list_renders_in_each_language_with_a_translated_pager(string culture, string pager, string heading)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Admin);
        await client.GetAsync($"/culture/set?culture={culture}&redirectUri=/");

        var response = await client.GetAsync("/partners");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains(pager, html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task Culture_switch_refuses_an_unknown_culture_and_a_foreign_redirect()
    {
        using var client = app.CreatePortalClient();
        var response = await client.GetAsync("/culture/set?culture=fr&redirectUri=//evil.example.com/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
