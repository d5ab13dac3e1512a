using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>API keys made and revoked inside the running app by its own service, as the demo admin; and clients that send them.</summary>
public static class ApiKeyTestKit
{
    /// <summary>
    /// A new key (the whole key is only in the result, as the admin sees it once). Its default rate limit is high enough that
    /// no test meets it unless it asks for a lower one.
    /// </summary>
    public static async Task<CreatedApiKey> CreateApiKeyAsync(this PortalAppFactory app, string name, IReadOnlyList<string> scopes,
        int requestsPerMinute = 1_000, params string[] regionCodes)
    {
        var regionIds = regionCodes.Length == 0
            ? []
            : await app.WithSystemContextAsync(db => db.Regions.Where(r => regionCodes.Contains(r.Code)).Select(r => r.Id).ToListAsync());
        var outcome = await AsAdminAsync(app, keys => keys.CreateAsync(new ApiKeyDraft(name, scopes, regionIds, requestsPerMinute)));
        if (!outcome.Succeeded)
            throw new InvalidOperationException("The key was refused: " + string.Join(", ", outcome.Problems.Select(p => $"{p.Field} {p.Code}")));
        return outcome.Value!;
    }

    public static async Task RevokeApiKeyAsync(this PortalAppFactory app, int id)
    {
        var outcome = await AsAdminAsync(app, keys => keys.RevokeAsync(id));
        if (!outcome.Succeeded) throw new InvalidOperationException("The key was not revoked.");
    }

    /// <summary>A client without cookies or redirects that sends <paramref name="key"/> as a bearer token (none when null).</summary>
    public static HttpClient CreateApiClient(this PortalAppFactory app, string? key)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    // The service reads the caller from Blazor's authentication state, as in the app's own pages.
    private static async Task<T> AsAdminAsync<T>(PortalAppFactory app, Func<ApiKeyService, Task<T>> work)
    {
        var adminId = await app.WithSystemContextAsync(db => db.Users.Where(u => u.Email == DemoUsers.Admin).Select(u => u.Id).SingleAsync());
        using var scope = app.Services.CreateScope();
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, adminId), new Claim(ClaimTypes.Name, DemoUsers.Admin), new Claim(ClaimTypes.Role, PortalRoles.Admin)], "test"));
        var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(admin)));
        return await work(scope.ServiceProvider.GetRequiredService<ApiKeyService>());
    }
}
