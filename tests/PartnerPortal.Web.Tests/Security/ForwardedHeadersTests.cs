using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

/// <summary>
/// Behind a TLS proxy the settings trust (here 10.1.2.3), the portal knows the request came over HTTPS: HSTS is sent and the
/// sign-in cookie is Secure. The same headers from anyone else are ignored.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Proxy = "10.1.2.3";
    private PortalAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = PortalAppFactory.With(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = Proxy }, environment: "Production");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Https_forwarded_by_the_trusted_proxy_gets_HSTS_and_a_direct_or_untrusted_request_does_not()
    {
        var proxied = await SendAsync(Proxy, "GET", "/Account/Login");
        var untrusted = await SendAsync("10.9.9.9", "GET", "/Account/Login");

        Assert.Equal(200, proxied.Response.StatusCode);
        Assert.StartsWith("max-age=", proxied.Response.Headers.StrictTransportSecurity.ToString());
        Assert.True(proxied.Request.IsHttps);
        Assert.Equal("203.0.113.50", proxied.Connection.RemoteIpAddress?.ToString());
        Assert.Equal(0, untrusted.Response.Headers.StrictTransportSecurity.Count);
        Assert.False(untrusted.Request.IsHttps);
        Assert.Equal("10.9.9.9", untrusted.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task The_sign_in_cookie_is_Secure_behind_the_trusted_proxy()
    {
        var form = await SendAsync(Proxy, "GET", "/Account/Login");
        var html = await new StreamReader(form.Response.Body).ReadToEndAsync();
        var fields = PortalClient.HiddenInputs(html);
        fields["Input.Email"] = DemoUsers.Dealer;
        fields["Input.Password"] = PortalClient.DemoPassword;
        var cookies = string.Join("; ", form.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));

        var signedIn = await SendAsync(Proxy, "POST", "/Account/Login", fields, cookies);

        Assert.Equal(302, signedIn.Response.StatusCode);
        var auth = Assert.Single(signedIn.Response.Headers.SetCookie, c => c!.StartsWith("PartnerPortal.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth!, StringComparison.OrdinalIgnoreCase);
    }

    private Task<HttpContext> SendAsync(string from, string method, string path, IDictionary<string, string>? form = null, string? cookies = null) =>
        _app.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("portal.example.cn");
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.50";
            if (cookies is { Length: > 0 }) c.Request.Headers.Cookie = cookies;
            if (form is not null)
            {
                var body = string.Join("&", form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
                c.Request.ContentType = "application/x-www-form-urlencoded";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            }
        });
}
