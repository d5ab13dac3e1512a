using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace PartnerPortal.Web.Security;

/// <summary>
/// Sign-in attempts per client address: every post of the sign-in, two-factor and recovery-code forms counts, and once an
/// address has used up <see cref="ThrottlingOptions.SignInAttempts"/> in the window it gets 429 with Retry-After and a short
/// page saying when to try again. Identity's lockout still stops guessing at one account; this stops trying many accounts
/// (or many codes) from one place. Opening the forms is never counted.
/// </summary>
public static class SignInThrottling
{
    /// <summary>The forms whose posts are counted.</summary>
    public static readonly IReadOnlyList<PathString> Paths = ["/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    public static bool Applies(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsPost(request.Method)) return false;
        foreach (var path in Paths)
        {
            if (request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest == "/"))
                return true;
        }
        return false;
    }

    /// <summary>The limiter for every request: a window per address for sign-in posts, nothing for the rest.</summary>
    public static PartitionedRateLimiter<HttpContext> Limiter(ThrottlingOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PartitionedRateLimiter.Create<HttpContext, string>(context => Applies(context.Request)
            ? RateLimitPartition.Get("sign-in:" + ClientAddress.Of(context), _ => new FixedWindowLimiter(options.SignInAttempts, options.SignInWindow, clock))
            : RateLimitPartition.GetNoLimiter(""));
    }

    /// <summary>429 with Retry-After and a page in the reader's language; the sign-in form is a page, not an API.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var http = rejected.HttpContext;
        var seconds = FixedWindowLimiter.RetryAfterSeconds(rejected.Lease);
        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = HtmlEncoder.Default;
        var title = html.Encode(localizer["Too many sign-in attempts"]);
        var text = html.Encode(localizer["Too many sign-in attempts came from your network. Try again in {0} seconds.", seconds]);
        var back = html.Encode(localizer["Back to sign-in"]);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title></head>
            <body><h1>{title}</h1><p data-testid="sign-in-throttled">{text}</p><p><a href="{html.Encode(http.Request.PathBase + Paths[0])}">{back}</a></p></body></html>
            """, ct);
    }
}
