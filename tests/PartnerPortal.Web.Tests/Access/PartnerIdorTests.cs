using System.Net;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Access;

/// <summary>An id typed into a URL never reaches another partner's data (DESIGN rule 1).</summary>
public sealed class PartnerIdorTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Dealer_opens_own_partner_page()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);
        var response = await client.GetAsync($"/partners/{await app.PartnerIdAsync("P0001")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("上海恒通电器贸易有限公司", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dealer_gets_404_and_nothing_of_another_partner_on_page_and_api()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);
        var other = await app.PartnerIdAsync("P0002");

        var page = await client.GetAsync($"/partners/{other}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("杭州西湖家电销售有限公司", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync($"/api/partners/{other}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("杭州", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dealer_listing_partners_through_the_api_sees_only_its_own()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);
        var body = await client.Http.GetStringAsync("/api/partners/?pageSize=100");
        Assert.Contains("\"code\":\"P0001\"", body);
        Assert.Contains("\"totalCount\":1", body);
    }

    [Fact]
    public async Task Channel_manager_gets_404_for_a_partner_outside_their_regions()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.ManagerEast);
        var north = await app.PartnerIdAsync("P0009"); // 华北
        var page = await client.GetAsync($"/partners/{north}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("北京京华电器贸易有限公司", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/partners/{north}")).StatusCode);

        var south = await app.PartnerIdAsync("P0005"); // 华南, managed
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/partners/{south}")).StatusCode);
    }

    [Fact]
    public async Task Channel_manager_partner_list_holds_only_their_regions()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.ManagerEast);
        var body = await client.Http.GetStringAsync("/api/partners/?pageSize=100");
        Assert.Contains("\"totalCount\":8", body); // P0001–P0008: 华东 and 华南
        Assert.DoesNotContain("P0009", body);
    }
}
