using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

/// <summary>The cart and order pages render for a dealer, and an order id outside the dealer's scope reads as not found.</summary>
public sealed class OrderPagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Dealer_opens_the_cart()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/cart");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("data-testid=\"quick-order-text\"", html);
    }

    [Fact]
    public async Task The_cart_states_the_file_limits_and_the_column_headers_it_recognises()
    {
        var html = System.Net.WebUtility.HtmlDecode(await app.GetPageAsync(DemoUsers.Dealer, "/cart"));

        Assert.Contains("at most 1 MB and 2,000 lines", html);
        Assert.Contains("GBK", html);
        foreach (var header in new[] { "物料编码", "商品代码", "货号", "型号", "订购数量", "订货数量", "qty" }) Assert.Contains(header, html);
    }

    [Fact]
    public async Task Dealer_opens_the_order_list()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/orders");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("data-testid=\"order-grid\"", html);
    }

    [Fact]
    public async Task Dealer_gets_404_for_an_order_that_does_not_exist()
    {
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync("/orders/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dealer_opens_its_own_order_but_gets_404_for_another_partners()
    {
        var own = await FirstOrderOfAsync("P0001");
        var other = await FirstOrderOfAsync("P0002");
        using var client = await SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync($"/orders/{own.Id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains(own.Number, html);

        var foreign = await client.GetAsync($"/orders/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain(other.Number, await foreign.Content.ReadAsStringAsync());
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = app.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<(int Id, string Number)> FirstOrderOfAsync(string partnerCode) =>
        app.WithSystemContextAsync(async db =>
        {
            var order = await db.Orders.Where(o => o.Partner!.Code == partnerCode).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Number }).FirstAsync();
            return (order.Id, order.Number);
        });
}
