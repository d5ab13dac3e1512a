using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PartnerPortal.Web.Security;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

/// <summary>Links for outside the portal come from Portal:PublicUrl, else from where the server listens by name, else are the path alone.</summary>
public sealed class PortalLinksTests
{
    [Theory]
    [InlineData("https://portal.example.cn", new string[0], "https://portal.example.cn/verify/ABC")]
    [InlineData("https://portal.example.cn/", new string[0], "https://portal.example.cn/verify/ABC")]
    [InlineData("https://example.cn/partners/", new string[0], "https://example.cn/partners/verify/ABC")]
    [InlineData("https://portal.example.cn", new[] { "http://localhost:5141" }, "https://portal.example.cn/verify/ABC")]
    [InlineData(null, new[] { "http://localhost:5141" }, "http://localhost:5141/verify/ABC")]
    [InlineData(null, new[] { "http://+:80", "http://portal.intranet:8080", "https://portal.intranet:8443" }, "https://portal.intranet:8443/verify/ABC")]
    [InlineData(null, new[] { "http://*:80", "http://0.0.0.0:5000", "http://[::]:5000" }, "/verify/ABC")]
    [InlineData(null, new string[0], "/verify/ABC")]
    public void The_link_is_built_from_the_setting_then_the_servers_named_address(string? publicUrl, string[] listening, string expected)
    {
        var links = new PortalLinks(Options.Create(new PortalLinkOptions { PublicUrl = publicUrl }), new ListeningServer(listening));

        Assert.Equal(expected, links.Absolute("/verify/ABC"));
    }

    [Theory]
    [InlineData("portal.example.cn", false)]
    [InlineData("ftp://portal.example.cn", false)]
    [InlineData("https://portal.example.cn/?tenant=1", false)]
    [InlineData("https://user:pw@portal.example.cn", false)]
    [InlineData("https://portal.example.cn", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void Only_an_absolute_http_address_without_query_is_a_valid_setting(string? publicUrl, bool valid) =>
        Assert.Equal(valid, new PortalLinkOptions { PublicUrl = publicUrl }.IsValid());

    [Fact]
    public async Task A_wrong_public_url_stops_the_portal_at_start_up_naming_the_setting()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { ["Portal:PublicUrl"] = "portal.example.cn" });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Portal:PublicUrl", e.ToString());
    }

    private sealed class ListeningServer(string[] addresses) : IServer
    {
        public IFeatureCollection Features { get; } = Collection(addresses);

        private static FeatureCollection Collection(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var a in addresses) feature.Addresses.Add(a);
            var features = new FeatureCollection();
            features.Set<IServerAddressesFeature>(feature);
            return features;
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
