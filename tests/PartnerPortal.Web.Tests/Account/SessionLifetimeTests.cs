using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Account;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

/// <summary>
/// Idle and absolute limits on the app's (manual) clock: 30 minutes without use and 12 hours at most, 7 days for a
/// dealer or trainee who ticks "keep me signed in". Checked on the server, whatever the browser does with the cookie.
/// </summary>
public sealed class SessionLifetimeTests(ClockedPortalApp app) : IClassFixture<ClockedPortalApp>
{
    [Fact]
    public async Task Brand_staff_are_signed_out_after_30_minutes_without_use()
    {
        using var admin = await app.SignedInAsync(DemoUsers.Admin);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        AssertSentToSignIn(await admin.GetAsync("/"));
    }

    [Fact]
    public async Task A_session_in_use_still_ends_12_hours_after_signing_in()
    {
        using var manager = await app.SignedInAsync(DemoUsers.ManagerEast);

        // Twenty minutes of work at a time, for eleven hours and forty minutes.
        for (var i = 0; i < 35; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.NoContent, (await manager.GetAsync(SessionActivityEndpoints.Path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(21));

        Assert.Equal(HttpStatusCode.Unauthorized, (await manager.GetAsync(SessionActivityEndpoints.Path)).StatusCode);
        AssertSentToSignIn(await manager.GetAsync("/"));
    }

    [Fact]
    public async Task A_dealer_who_keeps_signed_in_gets_a_lasting_cookie_honoured_for_7_days_and_no_longer()
    {
        using var form = app.CreatePortalClient();
        var signIn = await PostLoginAsync(form, "dealer.p0002@demo.partnerportal.local", keep: true);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = AuthCookie(signIn);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase); // survives closing the browser
        // The browser's cookie jar would judge the expiry by the machine's clock: send the cookie by hand, as a browser
        // that keeps it (or one that was told to keep it longer) would.
        using var browser = app.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';')]);

        app.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        AssertSentToSignIn(await browser.GetAsync("/orders"));
    }

    [Theory]
    [InlineData("dealer.p0013@demo.partnerportal.local", false)] // a dealer who did not tick the box
    [InlineData("manager.north@demo.partnerportal.local", true)] // brand staff: the box does not lengthen the session
    public async Task Without_the_box_or_as_brand_staff_the_cookie_ends_with_the_browser_and_after_30_idle_minutes(string user, bool keep)
    {
        using var client = app.CreatePortalClient();
        var signIn = await PostLoginAsync(client, user, keep);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("expires=", AuthCookie(signIn), StringComparison.OrdinalIgnoreCase);

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        AssertSentToSignIn(await client.GetAsync("/"));
    }

    [Fact]
    public async Task An_open_page_left_alone_for_30_minutes_is_signed_out_but_one_in_use_is_not()
    {
        await using var idle = await app.OpenCircuitAsync(DemoUsers.Admin);
        await using var busy = await app.OpenCircuitAsync(DemoUsers.Admin);

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        busy.ServiceProvider.GetRequiredService<CircuitActivity>().Touch();
        app.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.False(await IsSignedInAsync(idle));
        Assert.True(await IsSignedInAsync(busy));
    }

    [Fact]
    public async Task A_sign_in_from_before_sessions_carried_their_time_ends()
    {
        var principal = await app.CookiePrincipalAsync(DemoUsers.Trainee);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.RemoveClaim(identity.FindFirst(SessionClaims.SignedInAt));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.PortalUser>>();

        var check = await app.Services.GetRequiredService<SessionValidator>().CheckAsync(users, principal, lastUsedAt: null);

        Assert.Equal(SessionCheck.Expired, check);
    }

    private static async Task<bool> IsSignedInAsync(AsyncServiceScope circuit)
    {
        var state = await circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        return state.User.Identity?.IsAuthenticated == true;
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(PortalClient client, string email, bool keep)
    {
        var fields = PortalClient.HiddenInputs(await client.Http.GetStringAsync("/Account/Login"));
        fields["Input.Email"] = email;
        fields["Input.Password"] = PortalClient.DemoPassword;
        if (keep) fields["Input.RememberMe"] = "true";
        return await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PartnerPortal.Auth=", StringComparison.Ordinal));

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString);
    }
}
