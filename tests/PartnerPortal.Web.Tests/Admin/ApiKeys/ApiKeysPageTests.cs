using System.Net;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Tests.Api;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Admin.ApiKeys;

/// <summary>The admin's key page through the real app: keys are listed by name and prefix, and the secret never comes back.</summary>
public sealed class ApiKeysPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task The_admin_sees_each_key_by_name_and_prefix_but_never_its_secret()
    {
        var key = await app.CreateApiKeyAsync("ERP page test", [ApiScopes.OrdersRead, ApiScopes.RebatesRead], 120, "EAST");
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Admin);

        var response = await client.GetAsync("/admin/api-keys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ERP page test", html);
        Assert.Contains(key.Prefix, html);
        Assert.Contains(ApiScopes.RebatesRead, html);
        Assert.Contains("East China", html);
        Assert.DoesNotContain(key.Key[key.Prefix.Length..], html);
    }
}
