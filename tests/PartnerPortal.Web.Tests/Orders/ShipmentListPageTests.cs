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

        var html = await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Shipments(partnerId: p1, from: new DateOnly(2026, 1, 1), to: new DateOnly(2026, 11, 23)));

        Assert.Contains("data-testid=\"shipment-grid\"", html);
        Assert.Contains("data-testid=\"shipment-partner-chip\"", html);
        Assert.Contains("Partner P0001", html);
        Assert.Contains("data-testid=\"shipment-region-filter\"", html);
        Assert.Contains("value=\"2026-01-01\"", html);
        Assert.Contains("value=\"2026-11-23\"", html);
    }

    [Fact]
    public async Task A_dealer_has_no_region_filter_nor_partner_and_region_columns()
    {
        var dealer = await app.GetPageAsync(DemoUsers.Dealer, "/shipments");
        var manager = await app.GetPageAsync(DemoUsers.ManagerEast, "/shipments");

        Assert.Contains("data-testid=\"shipment-grid\"", dealer);
        Assert.DoesNotContain("data-testid=\"shipment-region-filter\"", dealer);
        Assert.Matches(HeaderOf("Partner"), manager);
        Assert.Matches(HeaderOf("Region"), manager);
        Assert.DoesNotMatch(HeaderOf("Partner"), dealer);
        Assert.DoesNotMatch(HeaderOf("Region"), dealer);
        Assert.Matches(HeaderOf("Amount"), dealer);
    }

    private static string HeaderOf(string title) => $"<span class=\"column-header\">{title}<";

    [Fact]
    public async Task A_bad_value_in_the_address_is_ignored()
    {
        var html = await app.GetPageAsync(DemoUsers.ManagerEast, "/shipments?partnerId=abc&regionId=-1&from=2026-13-45&to=yesterday");

        Assert.DoesNotContain("-chip\"", html);
        Assert.DoesNotMatch("data-testid=\"shipment-(from|to)\"[^>]*value=\"[^\"]+\"", html);
    }

    [Fact]
    public Task A_trainee_is_refused() => app.AssertRefusedAsync(DemoUsers.Trainee, "/shipments");
}
