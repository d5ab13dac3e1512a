using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The lists the dashboards link to open with the link's filters, and a bad value in the address is ignored.</summary>
public sealed class ListFilterLinkPagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    // The grid loads its rows once the page is interactive: the server-rendered page shows the filters it will load them with.
    [Fact]
    public async Task The_order_list_opens_on_the_partner_and_status_of_the_link()
    {
        var p1 = await app.PartnerIdAsync("P0001");

        var html = await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Orders(OrderStatus.Completed, partnerId: p1));

        Assert.Matches("data-testid=\"order-status-filter\"[^>]*>Completed</div>", html);
        Assert.Contains("data-testid=\"order-partner-chip\"", html);
        Assert.Contains("Partner P0001", html);
        Assert.DoesNotContain("data-testid=\"order-region-chip\"", html);
    }

    [Fact]
    public async Task The_order_list_shows_the_region_of_the_link_as_a_chip()
    {
        var east = await app.WithSystemContextAsync(db => db.Regions.Where(r => r.Code == "EAST").Select(r => r.Id).SingleAsync());

        var html = await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Orders(regionId: east));

        Assert.Contains("data-testid=\"order-region-chip\"", html);
        Assert.Contains("Region East China", html);
        Assert.DoesNotContain("data-testid=\"order-partner-chip\"", html);
    }

    [Theory]
    [InlineData("/orders?status=Nonsense&partnerId=abc&regionId=-3&from=2026-13-45&to=yesterday")]
    [InlineData("/orders?status=3&partnerId=99999999999")]
    [InlineData("/partners?regionId=abc&silentDays=-5&tier=Gold")]
    [InlineData("/partners?silentDays=99999999")]
    [InlineData("/approvals?regionId=abc")]
    [InlineData("/points/redemptions?status=Nonsense&regionId=1.5")]
    [InlineData("/training/progress?regionId=abc")]
    [InlineData("/invoices?overdue=maybe&partnerId=x&regionId=%20")]
    public async Task A_bad_value_in_the_address_is_ignored(string url)
    {
        var html = await app.GetPageAsync(DemoUsers.ManagerEast, url);

        Assert.DoesNotContain("-chip\"", html);
        Assert.DoesNotMatch("data-testid=\"order-status-filter\"[^>]*>[^<]+</div>", html);
    }

    [Fact]
    public async Task Each_list_opens_from_its_dashboard_link()
    {
        var east = await app.WithSystemContextAsync(db => db.Regions.Where(r => r.Code == "EAST").Select(r => r.Id).SingleAsync());

        var partners = await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Partners(east, 60, Domain.Partners.PartnerTier.Strategic));
        Assert.Contains("data-testid=\"partner-grid\"", partners);
        Assert.Matches("data-testid=\"partner-tier-filter\"[^>]*>Strategic</div>", partners);
        Assert.Matches("data-testid=\"partner-region-filter\"[^>]*>East China</div>", partners);
        Assert.Contains("Silent for 60", partners);
        Assert.Contains("data-testid=\"approval-grid\"", await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Approvals(east)));
        Assert.Contains("data-testid=\"redemption-queue\"", await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Redemptions(regionId: east)));
        Assert.Contains("data-testid=\"progress-region\"", await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.TrainingProgress(east)));
        Assert.Contains("data-testid=\"invoice-grid\"", await app.GetPageAsync(DemoUsers.ManagerEast, DashboardLinks.Invoices(true, regionId: east)));
    }
}
