using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Credit;

/// <summary>/invoices: brand staff only, opened from the dashboards' overdue figure.</summary>
public sealed class InvoiceListPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_manager_opens_the_overdue_invoices()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.ManagerEast);

        var response = await client.GetAsync("/invoices?overdue=true");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("data-testid=\"invoice-grid\"", html);
        Assert.Contains("data-testid=\"invoice-overdue-filter\"", html);
    }

    [Fact]
    public async Task The_partner_of_the_link_shows_as_a_chip()
    {
        var p4 = await app.PartnerIdAsync("P0004");
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.ManagerEast);

        var html = await (await client.GetAsync($"/invoices?overdue=true&partnerId={p4}")).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"invoice-partner-chip\"", html);
        Assert.Contains("Partner P0004", html);
    }

    [Theory]
    [InlineData(DemoUsers.Dealer)]
    [InlineData(DemoUsers.Trainee)]
    public Task Partner_users_are_refused(string user) => app.AssertRefusedAsync(user, "/invoices?overdue=true");
}
