namespace PartnerPortal.Web.Account;

/// <summary>
/// GET /Account/Activity: the open page reports that its user is still working (wwwroot/js/session-activity.js, at most
/// once a minute while they type or click). The cookie is renewed on the way (see <see cref="SessionCookieEvents"/>);
/// 204 while the sign-in holds, 401 once it has ended, and the page then reloads into the sign-in form.
/// </summary>
public static class SessionActivityEndpoints
{
    public const string Path = "/Account/Activity";

    public static IEndpointConventionBuilder MapSessionActivity(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            // A bare status for the script, not the not-found page the status code pages would render for a 401.
            if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return SessionClaims.IsSignInSession(http.User) ? Results.NoContent() : Results.Unauthorized();
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
