namespace PartnerPortal.Web.Security;

/// <summary>
/// Puts the forwarded headers, the security headers and the API's error guard in front of everything else, the framework's
/// own routing and authentication included: the API key's client address and the request's scheme must be the real ones
/// from the start, and every response, an authentication failure's too, gets the headers.
/// </summary>
internal sealed class HttpSecurityStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders.ApplyAsync);
        app.Use(Api.ApiProblemDetails.GuardAsync);
        next(app);
    };
}
