using System.Net;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

/// <summary>
/// Foreign or malformed return addresses on sign-in, sign-out and the language switch lead home, never to another site
/// and never to an error page.
/// </summary>
public sealed class SafeRedirectTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string> Foreign => new()
    {
        "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "http:evil.example",
        "/orders\r\nSet-Cookie: x=1", new string('a', 5000),
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task Signing_in_with_a_foreign_return_address_goes_home(string returnUrl)
    {
        using var client = app.CreatePortalClient();
        var response = await PostLoginAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        AssertRedirectedHome(response);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // and signed in
    }

    [Theory]
    [InlineData("/orders?status=Submitted", "/orders?status=Submitted")]
    [InlineData("http://localhost/orders", "/orders")] // what the redirect to the sign-in page sends
    public async Task Signing_in_returns_to_the_page_asked_for(string returnUrl, string expected)
    {
        using var client = app.CreatePortalClient();
        var response = await PostLoginAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task Signing_out_with_a_foreign_return_address_goes_home(string returnUrl)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Trainee);
        var fields = PortalClient.HiddenInputs(await client.Http.GetStringAsync("/Account/Manage"));
        fields["ReturnUrl"] = returnUrl;

        AssertRedirectedHome(await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields)));
    }

    [Theory]
    [InlineData("zh-CN", "https://evil.example")]
    [InlineData("zh-CN", "//evil.example")]
    [InlineData("zh-CN", "/\\evil.example")]
    [InlineData("zh-CN", "javascript:alert(1)")]
    [InlineData("zh-CN", "/partners\r\nSet-Cookie: x=1")]
    [InlineData("zh-CN", "/partners\u0000")]
    [InlineData("zh-CN\r\nSet-Cookie: x=1", "/partners\n")]
    [InlineData("xx-INVALID", "\u202ehttps://evil.example")]
    [InlineData("\u0000", "/\t/evil.example")]
    public async Task The_language_switch_sends_odd_return_addresses_home(string culture, string redirectUri)
    {
        using var client = app.CreatePortalClient();
        var response = await client.GetAsync($"/culture/set?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}");

        AssertRedirectedHome(response);
    }

    [Fact]
    public async Task The_language_switch_takes_overlong_values_and_repeated_parameters_calmly()
    {
        using var client = app.CreatePortalClient();
        var longValue = Uri.EscapeDataString(new string('z', 6000));

        AssertRedirectedHome(await client.GetAsync($"/culture/set?culture={longValue}&redirectUri=/{longValue}"));
        var repeated = await client.GetAsync("/culture/set?culture=en&culture=zh-CN&redirectUri=/orders&redirectUri=//evil.example");
        Assert.Equal(HttpStatusCode.Redirect, repeated.StatusCode);
        Assert.Equal("/orders", repeated.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_page_with_Chinese_in_its_address()
    {
        using var client = app.CreatePortalClient();
        var response = await client.GetAsync("/culture/set?culture=en&redirectUri=" + Uri.EscapeDataString("/partners?search=上海"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/partners?search=%E4%B8%8A%E6%B5%B7", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(PortalClient client, string url)
    {
        var fields = PortalClient.HiddenInputs(await client.Http.GetStringAsync(url));
        fields["Input.Email"] = DemoUsers.Trainee;
        fields["Input.Password"] = PortalClient.DemoPassword;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static void AssertRedirectedHome(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        if (location.IsAbsoluteUri) Assert.Equal("localhost", location.Host);
    }
}
