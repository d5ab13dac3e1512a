using Microsoft.AspNetCore.Components.Authorization;

namespace PartnerPortal.Web.Api;

public static class ApiEndpoints
{
    /// <summary>
    /// /api/*: signed-in callers only. Application services read the caller from Blazor's authentication
    /// state, so each request hands its user to that state before the endpoint runs.
    /// </summary>
    public static void MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().DisableAntiforgery();
        api.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            if (services.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        api.MapPartnerApi();
    }
}
