using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

/// <summary>
/// Sign-in posts are counted per client address (three a minute here): the fourth gets 429 with the seconds left in the
/// window, also for the right password and for the two-factor and recovery-code forms; opening the form is not counted,
/// another address is not affected, and the window's end lets the address in again.
/// </summary>
public sealed class SignInThrottlingTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private PortalAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = PortalAppFactory.With(new Dictionary<string, string?> { ["Throttling:SignInAttempts"] = "3", ["Throttling:SignInWindowSeconds"] = "60" },
            services => services.AddSingleton<TimeProvider>(_clock));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private PortalClient Client() =>
        new(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    [Fact]
    public async Task The_fourth_sign_in_post_in_a_minute_gets_429_with_the_seconds_left_and_the_form_still_opens()
    {
        using var client = Client();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostLoginAsync(DemoUsers.Dealer, "wrong password")).StatusCode);
        _clock.Advance(TimeSpan.FromSeconds(15));

        var refused = await client.PostLoginAsync(DemoUsers.Dealer, PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Try again in 45 seconds.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Post(client, "/Account/LoginWith2fa")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Post(client, "/account/loginwithrecoverycode")).StatusCode);

        _clock.Advance(TimeSpan.FromSeconds(45));
        await client.SignInAsync(DemoUsers.Dealer);
    }

    [Fact]
    public async Task Another_address_signs_in_while_one_is_throttled_and_a_forwarded_address_counts_only_from_a_trusted_proxy()
    {
        using var client = Client();
        for (var i = 0; i < 3; i++) await client.PostLoginAsync(DemoUsers.Dealer, "wrong password");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync(DemoUsers.Dealer, "wrong password")).StatusCode);

        for (var i = 0; i < 3; i++) Assert.NotEqual(429, await PostFromAsync("198.51.100.7"));
        Assert.Equal(429, await PostFromAsync("198.51.100.7"));
        // A client that is not a trusted proxy cannot pose as another address.
        Assert.Equal(429, await PostFromAsync("198.51.100.7", forwardedFor: "203.0.113.9"));
        // The proxy on this machine (loopback, trusted by default) passes the client's address on: a fresh one here.
        Assert.NotEqual(429, await PostFromAsync("127.0.0.1", forwardedFor: "203.0.113.9"));
    }

    private static Task<HttpResponseMessage> Post(PortalClient client, string path) =>
        client.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.TwoFactorCode"] = "123456" }));

    private async Task<int> PostFromAsync(string address, string? forwardedFor = null)
    {
        var context = await _app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/Account/Login";
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("Input.Email=x%40example.cn&Input.Password=x"));
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return context.Response.StatusCode;
    }
}
