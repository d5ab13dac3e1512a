using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// /api answers as an API in every environment: an unknown route, a body over the limit and a failure on the server are
/// problem details, never the portal's HTML pages; and no answer may be stored by a browser or proxy.
/// </summary>
public sealed class ApiErrorResponseTests
{
    private static PortalAppFactory App(string environment) =>
        PortalAppFactory.With(new Dictionary<string, string?>(),
            // The order feed fails as a lost database would.
            services => services.AddScoped<OrderFeedService>(_ => throw new InvalidOperationException("connection string Server=db01;Password=secret")),
            environment);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        return problem.RootElement.Clone();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_unknown_api_route_is_404_problem_details(string environment)
    {
        await using var app = App(environment);
        var key = await app.CreateApiKeyAsync("ERP 404 test", [ApiScopes.OrdersRead]);
        using var client = app.CreateApiClient(key.Key);

        await AssertProblemAsync(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.GetAsync("/api/nothing/here"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_failure_on_the_server_is_500_problem_details_that_say_nothing_of_the_cause(string environment)
    {
        await using var app = App(environment);
        var key = await app.CreateApiKeyAsync("ERP 500 test", [ApiScopes.OrdersRead]);
        using var client = app.CreateApiClient(key.Key);

        var response = await client.GetAsync("/api/v1/orders");

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_problem_details_and_is_not_read()
    {
        await using var app = App("Production");
        var key = await app.CreateApiKeyAsync("ERP 413 test", [ApiScopes.CatalogWrite]);
        using var client = app.CreateApiClient(key.Key);
        // Valid JSON with an empty list: read, it would be a 400 for having no items.
        var padding = new string(' ', (int)ApiBodyLimit.MaxBytes);
        using var body = new StringContent("{\"items\":[]" + padding + "}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/products", body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("12,582,912", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_answers_are_not_stored_by_browsers_or_proxies()
    {
        await using var app = App("Production");
        var key = await app.CreateApiKeyAsync("ERP cache test", [ApiScopes.OrdersRead]);
        using var client = app.CreateApiClient(key.Key);
        using var keyless = app.CreateApiClient(null);

        var ok = await client.GetAsync("/api/v1/me");
        var unauthorized = await keyless.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(ok.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.True(unauthorized.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Every_api_v1_endpoint_tells_the_server_to_stop_reading_at_the_limit()
    {
        await using var app = App("Production");
        using var client = app.CreateApiClient(null);
        await client.GetAsync("/api/v1/me");

        var endpoints = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(endpoints.Count > 10);
        Assert.All(endpoints, e => Assert.Equal(ApiBodyLimit.MaxBytes,
            e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize));
    }
}
