using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Web.Partners;

/// <summary>
/// The scans of qualification documents, streamed from the folder they are kept in. Only through here, and only within
/// the caller's scope: another partner's scan, whatever id is typed, is a 404 like one that does not exist (DESIGN rule
/// 12). Images open in the browser, a PDF is downloaded; the browser must not guess another type into the content.
/// </summary>
public static class PartnerDocumentEndpoints
{
    /// <summary>/partner-documents/scans/{id}</summary>
    public static string ScanUrl(int scanId) => $"/partner-documents/scans/{scanId}";

    /// <summary>GET /partner-documents/scans/{id} (anyone signed in; the service decides which scans).</summary>
    public static void MapPartnerDocumentFiles(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/partner-documents").RequireAuthorization();
        // The application services read the caller from Blazor's authentication state: hand it the request's user.
        documents.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        documents.MapGet("/scans/{id:int}", ScanAsync);
    }

    // [FromServices]: the services are resolved per request, not inferred when the endpoints are mapped.
    private static async Task<IResult> ScanAsync(int id, [FromServices] PartnerDocumentScanService scans, [FromServices] PartnerDocumentFiles files,
        IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct)
    {
        if (await scans.GetForDownloadAsync(id, ct) is not { } scan || !PartnerDocumentFiles.IsStoredName(scan.StoredName)
            || files.OpenRead(scan.StoredName) is not { } stream)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Not found"],
                detail: localizer["There is no such file, or it is not yours to see."]);

        http.Response.RegisterForDisposeAsync(stream);
        var headers = http.Response.Headers;
        // A partner's papers: kept by no shared cache, and not by the browser either once the tab is closed.
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        // Opened on its own, the file runs nothing and loads nothing.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox";
        // filename= carries an ASCII stand-in, filename*= the real (e.g. Chinese) name, UTF-8 encoded.
        var disposition = new ContentDispositionHeaderValue(ScanFileRules.OpensInBrowser(scan.Type) ? "inline" : "attachment");
        disposition.SetHttpFileName(scan.FileName);
        headers.ContentDisposition = disposition.ToString();
        return TypedResults.Stream(stream, ScanFileRules.ContentType(scan.Type), enableRangeProcessing: true);
    }
}
