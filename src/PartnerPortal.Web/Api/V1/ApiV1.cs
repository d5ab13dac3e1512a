using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>The integration API: /api/v1, API keys only (a signed-in browser session gets nothing here), one scope per endpoint.</summary>
public static class ApiV1
{
    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        foreach (var scope in ApiScopes.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(scope, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope));
        }
        return services;
    }

    /// <summary>Any valid API key.</summary>
    public const string Policy = "ApiKey";

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).DisableAntiforgery();
        api.RequireRateLimiting(ApiRateLimiting.Policy);
        // The server stops reading a body past this (ApiRequestBody answers a declared larger one at once).
        api.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApiBodyLimit.MaxBytes));
        // Application services read the caller from Blazor's authentication state: hand them the key's principal.
        api.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            if (services.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        // Each area adds its endpoints here, one line each.
        api.MapCatalogApi().MapStockApi().MapPartnerSyncApi();
        api.MapMeApi();
        api.MapOrdersApi().MapShipmentsApi().MapPaymentsApi().MapRebatesApi().MapReturnsApi();
        return api;
    }
}
