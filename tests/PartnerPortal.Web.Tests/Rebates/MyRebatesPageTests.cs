using System.Net;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The dealer's rebates page renders against the demo data.</summary>
public sealed class MyRebatesPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Dealer_opens_the_rebates_page()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/rebates");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("data-testid=\"my-rebates\"", html);
        Assert.Contains("data-testid=\"rebate-history\"", html);
    }
}
