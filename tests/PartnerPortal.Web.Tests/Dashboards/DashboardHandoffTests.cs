using System.Text.Json;
using System.Text.RegularExpressions;
using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>
/// The home pages' figures travel from the prerender to the circuit as JSON (with the web defaults the persisted component
/// state uses): what arrives must show exactly what was loaded.
/// </summary>
public sealed class DashboardHandoffTests : BunitTestContext
{
    // Event handler numbers and MudBlazor's generated element ids differ between two renders of the same markup.
    private static string WithoutHandlerIds(string markup) =>
        Regex.Replace(markup, "blazor:[a-z]+=\"[0-9]+\"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "");

    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

    [Fact]
    public void A_dealer_dashboard_shows_the_same_after_the_handoff()
    {
        UseCulture(PortalCultures.English);
        var loaded = DealerDashboardSamples.Busy();

        string Markup(DealerDashboard dashboard) => WithoutHandlerIds(Render<DealerDashboardView>(p => p
            .Add(x => x.Dashboard, dashboard)
            .Add(x => x.Today, DealerDashboardSamples.Today)
            .Add(x => x.AddToCart, (_, _) => Task.FromResult(Outcome.Success))).Markup);

        var before = Markup(loaded);
        Assert.Contains("P0001", before);
        Assert.Equal(before, Markup(RoundTrip(loaded)));
    }

    [Fact]
    public void A_manager_dashboard_shows_the_same_after_the_handoff()
    {
        UseCulture(PortalCultures.English);
        var loaded = ManagerDashboardViewTests.Figures();

        string Markup(ManagerDashboard dashboard) => WithoutHandlerIds(Render<ManagerDashboardView>(p => p.Add(x => x.Dashboard, dashboard)).Markup);

        var before = Markup(loaded);
        Assert.Contains("data-testid=\"work-section\"", before);
        Assert.Equal(before, Markup(RoundTrip(loaded)));
    }
}
