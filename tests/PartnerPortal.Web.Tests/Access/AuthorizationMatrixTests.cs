using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Tests.Support;
using RouteAttribute = Microsoft.AspNetCore.Components.RouteAttribute;

namespace PartnerPortal.Web.Tests.Access;

/// <summary>
/// Every routable page and API endpoint, and who may open it. The table is the specification:
/// a new page or endpoint without a row here fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string A = "Admin", M = "ChannelManager", D = "Dealer", T = "Trainee";
    private static readonly string[] Everyone = [A, M, D, T];
    private static readonly string[] Public = ["anonymous"];

    // Route template → roles that may open it ("anonymous": anyone, signed in or not).
    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["/"] = Everyone,
        ["/partners"] = [A, M],
        ["/partners/{Id:int}"] = Everyone,
        ["/partners/documents"] = [A, M],
        ["/partners/documents/renewals"] = [A, M],
        ["/partners/health"] = [A, M],
        ["/my-partner"] = [D, T],
        ["/catalog"] = [D],
        ["/credit"] = [D],
        ["/partners/{Id:int}/credit"] = [A, M],
        ["/invoices"] = [A, M],
        ["/cart"] = [D],
        ["/stock"] = [D],
        ["/orders"] = [A, M, D],
        ["/shipments"] = [A, M, D],
        ["/orders/{Id:int}"] = [A, M, D],
        ["/orders/{Id:int}/ship"] = [A, M],
        ["/orders/{Id:int}/return"] = [D],
        ["/returns"] = [A, M, D],
        ["/returns/{Number}"] = [A, M, D],
        ["/returns/{Number}/receipt"] = [A, M],
        ["/approvals"] = [A, M],
        ["/low-stock"] = [A, M],
        ["/rebates"] = [D],
        ["/rebates/basis/{Kind}/{Id:int}"] = [A, M, D],
        ["/rebates/policies"] = [A, M],
        ["/rebates/policies/new"] = [A, M],
        ["/rebates/policies/{Id:int}"] = [A, M],
        ["/rebates/policies/{Id:int}/edit"] = [A, M],
        ["/statements"] = [A, M, D],
        ["/points"] = [D, T],
        ["/points/rewards"] = [A, M],
        ["/points/redemptions"] = [A, M],
        ["/points/award"] = [A, M],
        ["/admin/partners/new"] = [A],
        ["/admin/partners/{Id:int}/edit"] = [A],
        ["/admin/regions"] = [A],
        ["/admin/products"] = [A],
        ["/admin/products/new"] = [A],
        ["/admin/products/{Id:int}/edit"] = [A],
        ["/admin/categories"] = [A],
        ["/admin/pricing"] = [A],
        ["/admin/stock"] = [A],
        ["/admin/warehouses"] = [A],
        ["/admin/users"] = [A],
        ["/admin/api-keys"] = [A],
        ["/admin/audit"] = [A, M],
        ["/admin/webhooks"] = [A],
        ["/admin/webhooks/deliveries"] = [A],
        ["/Account/Manage"] = Everyone,
        ["/Account/Manage/ChangePassword"] = Everyone,
        ["/Account/Manage/TwoFactorAuthentication"] = Everyone,
        ["/Account/Manage/EnableAuthenticator"] = Everyone,
        ["/Account/Manage/Disable2fa"] = Everyone,
        ["/Account/Manage/ResetAuthenticator"] = Everyone,
        ["/Account/Manage/GenerateRecoveryCodes"] = Everyone,
        ["/Account/Login"] = Public,
        ["/Account/LoginWith2fa"] = Public,
        ["/Account/LoginWithRecoveryCode"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Account/InvalidUser"] = Public,
        ["/not-found"] = Public,
        ["/training/courses"] = [A, M],
        ["/training/progress"] = [A, M],
        ["/training/courses/new"] = [A, M],
        ["/training/courses/{Id:int}"] = [A, M],
        ["/learning"] = [D, T],
        ["/learning/courses/{Id:int}"] = [D, T],
        ["/learning/courses/{CourseId:int}/lessons/{Id:int}"] = [D, T],
        ["/learning/attempts/{Id:int}"] = [D, T],
        ["/verify"] = Public,
        ["/verify/{Code}"] = Public,
        ["/Error"] = Public,
    };

    private static readonly Dictionary<string, string[]> ApiGets = new()
    {
        ["/api/partners/"] = Everyone,
        ["/api/partners/{id:int}"] = Everyone,
    };

    [Fact]
    public void Every_page_has_a_row_in_the_matrix()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template)).ToHashSet();
        Assert.Equal(Pages.Keys.Order(), routes.Order());
    }

    [Fact]
    public void Every_api_endpoint_has_a_row_in_the_matrix()
    {
        // The portal's own API (signed-in users); /api/v1 (API keys) and its reference page are checked below.
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!)
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/v1", StringComparison.Ordinal)
                && !p.StartsWith("/api/reference", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Equal(ApiGets.Keys.Order(), endpoints.Order());
    }

    [Fact]
    public void Every_integration_endpoint_needs_an_api_key_and_a_scope()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText;
            var policies = endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Contains(PartnerPortal.Web.Api.V1.ApiV1.Policy), $"{route} does not require an API key");
            Assert.Empty(endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>());
            // Only "who am I" works with any key; everything else names the scope it needs.
            if (route != "/api/v1/me")
                Assert.True(policies.Any(p => p is not null && PartnerPortal.Domain.Integration.ApiScopes.IsKnown(p)), $"{route} names no scope");
        }
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_for_every_protected_page_and_get_401_from_the_api()
    {
        using var client = app.CreatePortalClient();
        foreach (var (template, roles) in Pages)
        {
            var response = await client.GetAsync(await UrlAsync(template));
            if (roles == Public) AssertNotRedirectedToSignIn(template, response);
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{template}: {(int)response.StatusCode}");
                Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
            }
        }
        foreach (var template in ApiGets.Keys)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(await UrlAsync(template))).StatusCode);
    }

    [Theory]
    [InlineData(A, "en")]
    [InlineData(M, "en")]
    [InlineData(D, "en")]
    [InlineData(T, "en")]
    [InlineData(A, "zh-CN")]
    [InlineData(M, "zh-CN")]
    [InlineData(D, "zh-CN")]
    [InlineData(T, "zh-CN")]
    public async Task Each_role_opens_exactly_its_pages(string role, string culture)
    {
        using var client = app.CreatePortalClient();
        await client.GetAsync($"/culture/set?culture={culture}&redirectUri=/");
        await client.SignInAsync(DemoUsers.ForRole(role));
        foreach (var (template, roles) in Pages.Where(p => p.Value != Public))
        {
            var response = await client.GetAsync(await UrlAsync(template, role));
            var location = response.Headers.Location?.OriginalString ?? "";
            if (roles.Contains(role))
            {
                // The page itself, or (2FA pages while 2FA is off) a redirect inside the account area.
                var opened = response.StatusCode == HttpStatusCode.OK
                    || (response.StatusCode == HttpStatusCode.Redirect && !location.Contains("/Account/AccessDenied") && !location.Contains("/Account/Login"));
                Assert.True(opened, $"{role} should open {template} but got {(int)response.StatusCode} {location}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied"),
                    $"{role} must not open {template} but got {(int)response.StatusCode} {location}");
            }
        }
        foreach (var (template, roles) in ApiGets)
        {
            var response = await client.GetAsync(await UrlAsync(template));
            Assert.Equal(roles.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    // The second sign-in steps send a visitor who has not passed the password step back to it.
    private static readonly string[] SecondSignInSteps = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    private static void AssertNotRedirectedToSignIn(string template, HttpResponseMessage response)
    {
        Assert.True((int)response.StatusCode < 500, $"{template} failed with {(int)response.StatusCode}");
        var toSignIn = response.Headers.Location?.OriginalString.Contains("/Account/Login") == true;
        Assert.True(SecondSignInSteps.Contains(template) ? toSignIn : !toSignIn, $"{template}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    // Ids in routes point at P0001 (the demo dealer's and trainee's own partner, in the demo manager's region),
    // at an approved order of P0001 or at one of its demo returns.
    private async Task<string> UrlAsync(string template, string? role = null)
    {
        if (template.StartsWith("/learning/", StringComparison.Ordinal) || template.StartsWith("/training/courses/{", StringComparison.Ordinal))
            return await LearningUrlAsync(template, role);
        if (template.StartsWith("/rebates/basis/", StringComparison.Ordinal))
        {
            // The drill-down of one of P0001's accruals.
            var accrual = await app.WithSystemContextAsync(db => db.RebateAccruals.Where(a => a.Partner!.Code == "P0001").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
            return template.Replace("{Kind}", "accrual").Replace("{Id:int}", accrual.ToString());
        }
        if (template.StartsWith("/returns/{Number}", StringComparison.Ordinal))
        {
            // One of P0001's demo returns.
            var number = await app.WithSystemContextAsync(db => db.ReturnRequests.Where(r => r.Partner!.Code == "P0001").OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
            return template.Replace("{Number}", number);
        }
        var id = template.StartsWith("/orders/", StringComparison.Ordinal) ? await app.ApprovedOrderIdAsync() : await app.PartnerIdAsync("P0001");
        return template.Replace("{Id:int}", id.ToString()).Replace("{id:int}", id.ToString());
    }

    /// <summary>
    /// The demo course open to everyone and its first lesson; for an attempt, one of the signed-in learner's own
    /// (the demo history has one for the demo dealer and trainee), since another's is not found by design.
    /// </summary>
    private Task<string> LearningUrlAsync(string template, string? role) => app.WithSystemContextAsync(async db =>
    {
        var course = await db.Courses.Where(c => c.Code == "TR-AC-101").Select(c => new { c.Id, Lesson = c.Lessons.OrderBy(l => l.Position).First().Id }).SingleAsync();
        var email = role is D or T ? DemoUsers.ForRole(role) : DemoUsers.Trainee;
        var attempt = await db.QuizAttempts.Where(a => db.Users.Any(u => u.Id == a.UserId && u.Email == email)).Select(a => a.Id).FirstAsync();
        return template.StartsWith("/learning/attempts/", StringComparison.Ordinal)
            ? template.Replace("{Id:int}", attempt.ToString())
            : template.Replace("{CourseId:int}", course.Id.ToString()).Replace("{Id:int}", (template.Contains("/lessons/") ? course.Lesson : course.Id).ToString());
    });
}
