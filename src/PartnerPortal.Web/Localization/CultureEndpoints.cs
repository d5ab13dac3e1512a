using Microsoft.AspNetCore.Localization;

namespace PartnerPortal.Web.Localization;

public static class CultureEndpoints
{
    /// <summary>
    /// GET /culture/set?culture=zh-CN&amp;redirectUri=/partners remembers the language in a cookie for a year
    /// and goes back to the page; the circuit then starts again in the new culture.
    /// </summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (string? culture, string? redirectUri, HttpContext http) =>
        {
            if (PortalCultures.IsSupported(culture))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return TypedResults.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        }).AllowAnonymous();
    }

    // Only paths of this site: "/x" but never "//host" or "/\host".
    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));
}
