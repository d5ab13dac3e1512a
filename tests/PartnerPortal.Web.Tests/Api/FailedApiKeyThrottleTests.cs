using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// Requests without a valid API key are counted per client address (three a minute here): past that the address gets 429
/// with the seconds left, even with a valid key (its answer would tell a guesser which key was right), until the window ends.
/// </summary>
public sealed class FailedApiKeyThrottleTests : IAsyncLifetime
{
    private const string Me = "/api/v1/me";
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private PortalAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = PortalAppFactory.With(new Dictionary<string, string?> { ["Throttling:FailedApiKeyAttempts"] = "3" },
            services => services.AddSingleton<TimeProvider>(_clock));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task After_three_failed_keys_the_address_gets_429_with_the_seconds_left_until_the_window_ends()
    {
        var valid = await _app.CreateApiKeyAsync("ERP throttle test", [ApiScopes.OrdersRead]);
        using var guesser = _app.CreateApiClient("pp_guess000000000000000000000000000000000000");
        using var keyless = _app.CreateApiClient(null);
        using var erp = _app.CreateApiClient(valid.Key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyless.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync(Me)).StatusCode);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var refused = await guesser.GetAsync(Me);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await erp.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await keyless.GetAsync(Me)).StatusCode);

        _clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Successful_calls_with_a_valid_key_are_not_counted_as_failures()
    {
        var valid = await _app.CreateApiKeyAsync("ERP busy test", [ApiScopes.OrdersRead]);
        using var erp = _app.CreateApiClient(valid.Key);

        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync(Me)).StatusCode);
    }
}
