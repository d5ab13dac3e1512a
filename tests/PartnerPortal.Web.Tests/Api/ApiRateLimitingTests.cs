using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>Each key has its own requests per minute; the call over the limit gets 429 with Retry-After, other keys carry on.</summary>
public sealed class ApiRateLimitingTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Me = "/api/v1/me";

    [Fact]
    public async Task The_fourth_call_of_a_key_allowed_three_a_minute_gets_429_with_Retry_After_and_another_key_is_unaffected()
    {
        // Both keys come from the same address: were the limiter counting before authentication, it would see one
        // anonymous caller with the per-address limit, well above three.
        Assert.True(ApiRateLimiting.AnonymousRequestsPerMinute > 4);
        var limited = await app.CreateApiKeyAsync("ERP limited test", [ApiScopes.OrdersRead], requestsPerMinute: 3);
        var other = await app.CreateApiKeyAsync("ERP other test", [ApiScopes.OrdersRead], requestsPerMinute: 3);
        using var limitedClient = app.CreateApiClient(limited.Key);
        using var otherClient = app.CreateApiClient(other.Key);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await limitedClient.GetAsync(Me)).StatusCode);
        var refused = await limitedClient.GetAsync(Me);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await otherClient.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Retry_After_says_the_seconds_left_in_the_keys_window()
    {
        var clock = new Support.ManualClock(DateTimeOffset.UtcNow);
        await using var clocked = PortalAppFactory.With(new Dictionary<string, string?>(),
            services => services.AddSingleton<TimeProvider>(clock));
        var key = await clocked.CreateApiKeyAsync("ERP window test", [ApiScopes.OrdersRead], requestsPerMinute: 3);
        using var client = clocked.CreateApiClient(key.Key);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me)).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(20));
        var refused = await client.GetAsync(Me);
        clock.Advance(TimeSpan.FromSeconds(39));
        var stillRefused = await client.GetAsync(Me);
        clock.Advance(TimeSpan.FromSeconds(1));
        var allowed = await client.GetAsync(Me);

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(40)), (refused.StatusCode, refused.Headers.RetryAfter?.Delta));
        Assert.Contains("Try again in 40 seconds.", await refused.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)), (stillRefused.StatusCode, stillRefused.Headers.RetryAfter?.Delta));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public void A_key_is_counted_by_its_id_at_its_own_limit_and_a_caller_without_one_by_its_address()
    {
        var key = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ApiKeyAuthenticationHandler.KeyIdClaim, "42"),
                new Claim(ApiKeyAuthenticationHandler.RequestsPerMinuteClaim, "7"),
            ], ApiKeyAuthenticationHandler.SchemeName)),
        };
        var cookie = new DefaultHttpContext
        {
            // A browser session's principal carries no key: counted by address like anyone else.
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ApiKeyAuthenticationHandler.KeyIdClaim, "42")], "Identity.Application")),
        };
        cookie.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");

        Assert.Equal("key:42:7", ApiRateLimiting.Partition(key).PartitionKey);
        Assert.Equal("ip:203.0.113.9", ApiRateLimiting.Partition(cookie).PartitionKey);
        Assert.Equal("ip:unknown", ApiRateLimiting.Partition(new DefaultHttpContext()).PartitionKey);
    }
}
