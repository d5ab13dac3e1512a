using Microsoft.AspNetCore.Localization;
using PartnerPortal.Web.Account;

namespace PartnerPortal.Web.Localization;

public static class CultureEndpoints
{
    /// <summary>
    /// GET /culture/set?culture=zh-CN&amp;redirectUri=/partners remembers the language in a cookie for a year
    /// and goes back to the page; the circuit then starts again in the new culture. An unknown culture changes nothing,
    /// and a redirectUri that is not a page of this site (or holds control characters, or is overlong) goes home.
    /// </summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (HttpContext http, TimeProvider clock) =>
        {
            // Read by hand: a repeated parameter is not worth a 400, the first value counts.
            var culture = http.Request.Query["culture"].FirstOrDefault();
            var redirectUri = http.Request.Query["redirectUri"].FirstOrDefault();
            if (PortalCultures.IsSupported(culture))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return TypedResults.LocalRedirect("~" + ReturnUrls.ToLocalPath(redirectUri));
        }).AllowAnonymous();
    }
}
