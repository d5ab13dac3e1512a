using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Web.Components;
using PartnerPortal.Web.Diagnostics;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Diagnostics;

/// <summary>Rendering:Prerender=false sends pages without prerendered content; production never serves the diagnostics.</summary>
public sealed class RenderingSettingsTests
{
    [Fact]
    public async Task Without_prerendering_the_page_is_drawn_by_its_circuit_alone()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { ["Rendering:Prerender"] = "false" });

        var html = await app.GetPageAsync(DemoUsers.Dealer, "/");

        Assert.DoesNotContain("data-testid=\"dealer-dashboard\"", html);
        Assert.Contains("<!--Blazor:{", html); // the marker the circuit renders into
        Assert.DoesNotContain("prerenderId", html);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("True", true)]
    public void The_setting_reads_true_or_false(string? value, bool prerender)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rendering:Prerender"] = value }).Build();

        Assert.Equal(prerender, RenderingOptions.Read(configuration).Prerender);
    }

    [Fact]
    public void Another_value_stops_the_portal_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rendering:Prerender"] = "sometimes" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => RenderingOptions.Read(configuration));
        Assert.Contains("Rendering:Prerender", error.Message);
    }

    [Fact]
    public async Task Production_has_no_process_figures()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?>(), environment: "Production");

        var context = await app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = DiagnosticsEndpoints.Path;
        });

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }
}
