using System.Net;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

/// <summary>The home page's date is written in the portal's one date format, with the day of the week.</summary>
public sealed class HomeDatePageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData(PortalCultures.Chinese, @"\d{4}-\d\d-\d\d 星期[一二三四五六日]")]
    [InlineData(PortalCultures.English, @"\d{4}-\d\d-\d\d (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")]
    public async Task Today_reads_in_the_one_date_format(string culture, string pattern)
    {
        using var client = app.CreatePortalClient();
        await client.GetAsync($"/culture/set?culture={culture}&redirectUri=/");
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-testid=\"home-today\"[^>]*>" + pattern + "<", html);
    }
}
