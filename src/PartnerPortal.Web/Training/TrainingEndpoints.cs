using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Security;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Training;

/// <summary>
/// The files of training: a learner's certificate as a PDF, and the materials and cover images of courses as the app
/// stored them. Whatever the caller may not see is a 404, as for a file that does not exist.
/// </summary>
public static class TrainingEndpoints
{
    public const string PdfContentType = "application/pdf";

    /// <summary>Who may download certificates; <see cref="CertificateService"/> decides which ones.</summary>
    public const string CertificateRoles = PortalRoles.Admin + "," + PortalRoles.ChannelManager + "," + PortalRoles.Dealer + "," + PortalRoles.Trainee;

    /// <summary>/training/certificates/{code}.pdf</summary>
    public static string CertificateUrl(string code) => $"/training/certificates/{Uri.EscapeDataString(code)}.pdf";

    /// <summary>/training/materials/{id}</summary>
    public static string MaterialUrl(int materialId) => $"/training/materials/{materialId}";

    /// <summary>/training/covers/{name}</summary>
    public static string CoverUrl(string storedName) => $"/training/covers/{Uri.EscapeDataString(storedName)}";

    /// <summary>The public page that checks a certificate: /verify/{code}.</summary>
    public static string VerifyPath(string code) => $"/verify/{Uri.EscapeDataString(code)}";

    /// <summary>
    /// The same page as an absolute address at the portal's public URL (<see cref="PortalLinks"/>), for the QR code on the
    /// certificate: never the request's Host header, which the client chooses.
    /// </summary>
    public static string VerifyUrl(PortalLinks links, string code)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links.Absolute(VerifyPath(code));
    }

    /// <summary>
    /// GET /training/certificates/{code}.pdf (the four roles), GET /training/materials/{id} and GET /training/covers/{name}
    /// (anyone signed in).
    /// </summary>
    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/training").RequireAuthorization();
        // The application services read the caller from Blazor's authentication state: hand it the request's user.
        training.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        training.MapGet("/certificates/{code}.pdf", CertificateAsync).RequireAuthorization(new AuthorizeAttribute { Roles = CertificateRoles });
        training.MapGet("/materials/{id:int}", MaterialAsync);
        training.MapGet("/covers/{name}", CoverAsync);
    }

    // [FromServices]: the services are resolved per request, not inferred when the endpoints are mapped.
    private static async Task<IResult> CertificateAsync(string code, [FromServices] CertificateService certificates,
        [FromServices] PortalLinks links, IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http, CancellationToken ct)
    {
        if (await certificates.GetForDownloadAsync(code, ct) is not { } certificate)
            return NotFound(localizer, localizer["There is no such certificate, or it is not yours to see."]);

        var text = StatementDocumentText.Create(localizer, configuration);
        var verifyUrl = VerifyUrl(links, certificate.Code);
        var path = Path.Combine(Path.GetTempPath(), $"partnerportal-certificate-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            CertificatePdf.Write(certificate, text, verifyUrl, file);
            await file.FlushAsync(ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        // Also closed if the response never gets to send it (a file stream may be disposed twice).
        http.Response.RegisterForDisposeAsync(file);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file, PdfContentType, $"certificate-{certificate.Code}.pdf");
    }

    private static async Task<IResult> MaterialAsync(int id, [FromServices] CourseFilesService courses, [FromServices] CourseFiles files,
        IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct)
    {
        if (await courses.GetMaterialAsync(id, ct) is not { } material || !CourseFiles.IsStoredName(material.StoredName)
            || files.OpenRead(material.StoredName) is not { } stream)
            return NotFound(localizer, localizer["There is no such file, or it is not yours to see."]);

        http.Response.RegisterForDisposeAsync(stream);
        http.Response.Headers.CacheControl = "private, no-cache";
        // Served as a download, and as the type it was uploaded with only: a browser must not guess HTML into it.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(stream, ContentType(material.ContentType), FileName(material.FileName, material.StoredName),
            enableRangeProcessing: true);
    }

    private static async Task<IResult> CoverAsync(string name, [FromServices] CourseFilesService courses, [FromServices] CourseFiles files,
        IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct)
    {
        if (await courses.GetCoverTypeAsync(name, ct) is not { } contentType || files.OpenRead(name) is not { } stream)
            return NotFound(localizer, localizer["There is no such file, or it is not yours to see."]);

        http.Response.RegisterForDisposeAsync(stream);
        // A stored name is never reused for other content, so the browser may keep the image; only for this user.
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(stream, contentType);
    }

    /// <summary>The stored content type when it is a well-formed one; a generic download otherwise.</summary>
    private static string ContentType(string stored) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(stored, out var parsed) && parsed.MediaType.HasValue && !parsed.MediaType.Value!.Contains('*')
            ? stored
            : "application/octet-stream";

    private static string FileName(string fileName, string storedName) =>
        string.IsNullOrWhiteSpace(fileName) ? storedName : fileName;

    private static IResult NotFound(IStringLocalizer localizer, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Not found"], detail: detail);
}
