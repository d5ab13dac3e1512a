using System.Net;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

/// <summary>/shipments: what the dashboards' shipped amounts open, for dealers and the brand's staff.</summary>
public sealed class ShipmentListPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    // The grid loads its rows once the page is interactive: the server-rendered page shows the filters it will load them with.
    [Fact]
    public async Task A_manager_opens_a_partners_shipments_of_the_year_from_a_dashboard_link()
    {
        var p1 = await app.PartnerIdAsync("P0001");

        var html = await OkHtmlAsync(DemoUsers.ManagerEast, DashboardLinks.Shipments(partnerId: p1, from: new DateOnly(2026, 1, 1), to: new DateOnly(2026, 11, 23)));

        Assert.Contains("data-testid=\"shipment-grid\"", html);
        Assert.Contains("data-testid=\"shipment-partner-chip\"", html);
        Assert.Contains("Partner P0001", html);
        Assert.Contains("data-testid=\"shipment-region-filter\"", html);
        Assert.Contains("value=\"1/1/2026\"", html);
        Assert.Contains("value=\"11/23/2026\"", html);
    }

    [Fact]
    public async Task A_dealer_has_no_region_filter()
    {
        var html = await OkHtmlAsync(DemoUsers.Dealer, "/shipments");

        Assert.Contains("data-testid=\"shipment-grid\"", html);
        Assert.DoesNotContain("data-testid=\"shipment-region-filter\"", html);
    }

    [Fact]
    public async Task A_bad_value_in_the_address_is_ignored()
    {
        var html = await OkHtmlAsync(DemoUsers.ManagerEast, "/shipments?partnerId=abc&regionId=-1&from=2026-13-45&to=yesterday");

        Assert.DoesNotContain("-chip\"", html);
        Assert.DoesNotMatch("data-testid=\"shipment-(from|to)\"[^>]*value=\"[^\"]+\"", html);
    }

    [Fact]
    public async Task A_trainee_is_refused()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Trainee);

        var response = await client.GetAsync("/shipments");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    private async Task<string> OkHtmlAsync(string user, string path)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(user);
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 3000)]}");
        return html;
    }
}
