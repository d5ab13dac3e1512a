using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace PartnerPortal.Web.Api;

/// <summary>
/// Everything under /api answers as an API, in every environment: an error without a body (an unknown route, a bare 405)
/// and an exception get RFC 9457 problem details instead of the portal's HTML error and not-found pages, and no answer is
/// kept by a browser or a proxy (<c>Cache-Control: no-store</c>): the answers carry partners' and orders' data.
/// Two parts: <see cref="GuardAsync"/> runs first of all (also around authentication, which looks API keys up in the
/// database); <see cref="UseApiProblemDetails"/> runs inside the status-code pages, which it turns off for /api.
/// </summary>
public static class ApiProblemDetails
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Place right after the status-code pages, so that an /api answer never reaches them.</summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsApi(context.Request))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
        await CatchAsync(context, () => next(context));
        var response = context.Response;
        if (response is { StatusCode: >= 400, HasStarted: false, ContentLength: null } && string.IsNullOrEmpty(response.ContentType))
            await WriteAsync(context, response.StatusCode);
    });

    /// <summary>Middleware in front of everything: no-store on every /api answer, and problem details for any exception that gets this far.</summary>
    public static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsApi(context.Request))
        {
            await next();
            return;
        }
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await CatchAsync(context, next);
    }

    private static async Task CatchAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            if (status >= 500)
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblemDetails))
                    .LogError(e, "The API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, status);
        }
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is no API endpoint at this address; see /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This endpoint does not take this HTTP method; see /openapi/v1.json."),
            StatusCodes.Status413PayloadTooLarge => ("Request too large", "The request body is larger than the API accepts; send the items in parts."),
            >= 500 => ("Server error", "The request failed on the server; nothing more is said here. Try again, or report the time of the request."),
            _ => ((string?)null, (string?)null),
        };
        context.Response.Headers.Remove(HeaderNames.ContentLength);
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
