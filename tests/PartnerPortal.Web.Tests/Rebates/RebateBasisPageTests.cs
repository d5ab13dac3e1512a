using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The rebate drill-down through the real app: a dealer opens its own accrual's basis; another partner's id is not found.</summary>
public sealed class RebateBasisPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Dealer_opens_the_basis_of_its_own_accrual_but_gets_404_for_another_partners()
    {
        var own = await FirstAccrualAsync(own: true);
        var other = await FirstAccrualAsync(own: false);
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync($"/rebates/basis/accrual/{own}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("data-testid=\"basis-summary\"", html);
        Assert.Contains("P0001", html);

        var foreign = await client.GetAsync($"/rebates/basis/accrual/{other}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("data-testid=\"basis-summary\"", await foreign.Content.ReadAsStringAsync());

        // A true-up that does not exist, and a kind the page does not know, are not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rebates/basis/true-up/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rebates/basis/other/{own}")).StatusCode);
    }

    private Task<int> FirstAccrualAsync(bool own) =>
        app.WithSystemContextAsync(db => db.RebateAccruals
            .Where(a => (a.Partner!.Code == "P0001") == own).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
}
