using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

/// <summary>A wrong security setting stops the portal at start-up, naming the setting, rather than quietly protecting nothing.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Webhooks:AllowedHosts:0", "http://erp.intranet:8080", "Webhooks:AllowedHosts")]
    [InlineData("Webhooks:AllowedHosts:0", "erp.intranet:8080", "Webhooks:AllowedHosts")]
    [InlineData("Throttling:SignInAttempts", "0", "Throttling")]
    [InlineData("Throttling:FailedApiKeyWindowSeconds", "-5", "Throttling")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.intranet", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks")]
    public async Task A_wrong_value_stops_the_portal_naming_the_setting(string setting, string value, string named)
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { [setting] = value });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, e.ToString());
    }

    [Fact]
    public async Task Right_values_start_the_portal()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?>
        {
            ["Webhooks:AllowedHosts:0"] = "erp.intranet",
            ["Webhooks:AllowedHosts:1"] = "10.20.30.40",
            ["Webhooks:AllowedHosts:2"] = "[fd00::5]",
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.2",
            ["ForwardedHeaders:KnownNetworks:0"] = "172.16.0.0/12",
            ["Portal:PublicUrl"] = "https://portal.example.cn/partners/",
        });

        using var client = app.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
