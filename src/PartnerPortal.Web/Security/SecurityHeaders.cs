using System.Security.Cryptography;

namespace PartnerPortal.Web.Security;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that lets the portal's own scripts run (Blazor, MudBlazor,
/// and the import map by its per-request nonce) and nothing injected, inline styles (MudBlazor sets them), images, video and
/// embedded players from https sources (lesson content); no framing, no MIME sniffing, no path in the Referer sent to other
/// sites, and no camera, microphone or location.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "PartnerPortal.CspNonce";
    private const string OwnPolicyKey = "PartnerPortal.OwnCsp";

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The policy for a response whose inline scripts carry <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; "
        + $"script-src 'self' 'nonce-{nonce}'; "
        + "style-src 'self' 'unsafe-inline'; "
        // blob: is the browser's own copy of a file the user is choosing: a photo's thumbnail is drawn from it before upload.
        + "img-src 'self' data: blob: https:; "
        + "media-src 'self' https:; "
        + "frame-src https:; "
        + "font-src 'self' data:; "
        + "connect-src 'self'; "
        + "object-src 'none'; "
        + "base-uri 'self'; "
        + "form-action 'self'; "
        + "frame-ancestors 'none'";

    /// <summary>
    /// The policy of the API reference page (/api/reference), whose renderer writes an inline script that cannot carry a nonce.
    /// The page shows only the public OpenAPI document, and needs no sign-in: inline scripts are allowed there, nowhere else.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "font-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Serves this response under <paramref name="policy"/> in place of the portal's own, for a response that needs a
    /// stricter one (a stored scan is served sandboxed, with no script at all). Blazor's default header would be overwritten
    /// anyway, so the choice is kept on the request rather than read back from the headers.
    /// </summary>
    public static void UseStricterPolicy(HttpContext context, string policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(policy);
        context.Items[OwnPolicyKey] = policy;
        context.Response.Headers.ContentSecurityPolicy = policy;
    }

    /// <summary>The nonce of this request's inline scripts, for <c>&lt;ImportMap nonce="…"&gt;</c>; made on first use.</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(NonceKey, out var existing) && existing is string made) return made;
        // Hex rather than base64: Razor encodes "+" and "/" in attributes (&#x2B;), so the page's nonce would not read as the header's.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>Middleware: sets the headers just before the response starts, whatever produced it.</summary>
    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items.TryGetValue(OwnPolicyKey, out var own) && own is string stricter
                ? stricter
                : context.Request.Path.StartsWithSegments(Api.V1.ApiDocumentation.ReferencePath)
                    ? ApiReferencePolicy
                    : ContentSecurityPolicy(Nonce(context));
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next();
    }
}
