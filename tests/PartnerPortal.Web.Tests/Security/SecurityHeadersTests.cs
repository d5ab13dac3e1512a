using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Web.Security;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Security;

/// <summary>Every response carries the security headers; the page's one inline script (the import map) carries this response's nonce.</summary>
public sealed partial class SecurityHeadersTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/verify")]
    [InlineData("/api/v1/me")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.CreatePortalClient();

        var response = await client.GetAsync(path);

        var headers = response.Headers;
        Assert.Equal("nosniff", string.Join(",", headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", headers.GetValues("X-Frame-Options")));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, string.Join(",", headers.GetValues("Referrer-Policy")));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, string.Join(",", headers.GetValues("Permissions-Policy")));
        var csp = string.Join(",", headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        // Photos chosen for a return are previewed from the browser's own copy before upload.
        Assert.Contains("img-src 'self' data: blob: https:", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_of_its_own_response_and_each_response_has_a_new_one()
    {
        using var client = app.CreatePortalClient();

        var first = await client.GetAsync("/Account/Login");
        var second = await client.GetAsync("/Account/Login");

        var nonce = ScriptNonce(first);
        Assert.Matches($"<script type=\"importmap\" nonce=\"{Regex.Escape(nonce)}\"", await first.Content.ReadAsStringAsync());
        Assert.NotEqual(nonce, ScriptNonce(second));
        // 128 random bits, in hex: 32 characters that Razor writes into the attribute unchanged.
        Assert.Matches("^[0-9A-F]{32}$", nonce);
    }

    [Fact]
    public async Task Only_the_public_api_reference_page_may_run_its_inline_script()
    {
        using var client = app.CreatePortalClient();

        var reference = await client.GetAsync("/api/reference/");
        var login = await client.GetAsync("/Account/Login");

        Assert.Equal(SecurityHeaders.ApiReferencePolicy, string.Join(",", reference.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("unsafe-inline", string.Join(",", login.Headers.GetValues("Content-Security-Policy")).Split(';')
            .Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
    }

    [Fact]
    public void Kestrel_sends_no_Server_header() =>
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    private static string ScriptNonce(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Nonce().Match(string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(match.Success);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
