using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// Who gets into /api/v1, through the real app: a valid, unrevoked key only (Bearer or X-Api-Key); never a browser session.
/// <c>GET /api/v1/me</c> answers with what the key may do, its regions read from the data scope the portal built for the call.
/// </summary>
public sealed class ApiKeyAuthenticationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Me = "/api/v1/me";

    private static async Task AssertUnauthorizedProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Without_a_key_the_answer_is_401_problem_details_with_WWW_Authenticate()
    {
        using var client = app.CreateApiClient(null);

        await AssertUnauthorizedProblemAsync(await client.GetAsync(Me));
    }

    [Fact]
    public async Task An_unknown_key_or_a_wrong_secret_behind_a_real_prefix_is_401()
    {
        var key = await app.CreateApiKeyAsync("ERP bad-key test", [ApiScopes.OrdersRead]);

        using var unknown = app.CreateApiClient("pp_thisKeyDoesNotExist0000000000000000000000");
        using var wrongSecret = app.CreateApiClient(key.Prefix + new string('A', key.Key.Length - key.Prefix.Length));
        using var notAKey = app.CreateApiClient("hello");

        await AssertUnauthorizedProblemAsync(await unknown.GetAsync(Me));
        await AssertUnauthorizedProblemAsync(await wrongSecret.GetAsync(Me));
        await AssertUnauthorizedProblemAsync(await notAKey.GetAsync(Me));
    }

    [Fact]
    public async Task A_valid_key_reads_its_name_prefix_scopes_and_limit()
    {
        var key = await app.CreateApiKeyAsync("ERP valid-key test", [ApiScopes.OrdersRead, ApiScopes.CatalogWrite], requestsPerMinute: 240);
        using var client = app.CreateApiClient(key.Key);

        var response = await client.GetAsync(Me);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<ApiKeyInfo>();
        Assert.NotNull(me);
        Assert.Equal(("ERP valid-key test", key.Prefix, 240), (me.Name, me.Prefix, me.RequestsPerMinute));
        Assert.Equal([ApiScopes.CatalogWrite, ApiScopes.OrdersRead], me.Scopes);
        Assert.True(me.AllRegions);
        Assert.Empty(me.Regions);
        Assert.DoesNotContain(key.Key[key.Prefix.Length..], await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_key_may_also_come_in_the_X_Api_Key_header()
    {
        var key = await app.CreateApiKeyAsync("WMS header test", [ApiScopes.StockWrite]);
        using var client = app.CreateApiClient(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Add("X-Api-Key", key.Key);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([ApiScopes.StockWrite], (await response.Content.ReadFromJsonAsync<ApiKeyInfo>())!.Scopes);
    }

    [Fact]
    public async Task A_revoked_key_is_401_from_its_next_call()
    {
        var key = await app.CreateApiKeyAsync("ERP revoked test", [ApiScopes.OrdersRead]);
        using var client = app.CreateApiClient(key.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me)).StatusCode);

        await app.RevokeApiKeyAsync(key.Id);

        await AssertUnauthorizedProblemAsync(await client.GetAsync(Me));
    }

    [Fact]
    public async Task A_signed_in_browser_session_without_a_key_is_401_not_a_redirect()
    {
        using var browser = app.CreatePortalClient();
        await browser.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/partners/")).StatusCode);

        var response = await browser.GetAsync(Me);

        await AssertUnauthorizedProblemAsync(response);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_key_restricted_to_EAST_gets_a_data_scope_of_EAST_only()
    {
        var east = await app.CreateApiKeyAsync("ERP east test", [ApiScopes.OrdersRead], 120, "EAST");
        var two = await app.CreateApiKeyAsync("ERP south+north test", [ApiScopes.OrdersRead], 120, "SOUTH", "NORTH");
        using var eastClient = app.CreateApiClient(east.Key);
        using var twoClient = app.CreateApiClient(two.Key);

        var eastMe = await eastClient.GetFromJsonAsync<ApiKeyInfo>(Me);
        var twoMe = await twoClient.GetFromJsonAsync<ApiKeyInfo>(Me);

        Assert.False(eastMe!.AllRegions);
        Assert.Equal(["EAST"], eastMe.Regions);
        Assert.False(twoMe!.AllRegions);
        Assert.Equal(["NORTH", "SOUTH"], twoMe.Regions);
    }
}
