using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Security;

namespace PartnerPortal.Web.Returns;

/// <summary>
/// The photos of returned goods and their thumbnails, streamed from their folder, only within the caller's scope: another
/// partner's photo, whatever id is typed, is a 404 like one that does not exist (DESIGN rule 12). Served as the images they
/// were checked to be, with nothing for the browser to guess.
/// </summary>
public static class ReturnPhotoEndpoints
{
    public static string PhotoUrl(int photoId) => $"/returns/photos/{photoId}";

    public static string ThumbnailUrl(int photoId) => $"/returns/photos/{photoId}/thumbnail";

    /// <summary>GET /returns/photos/{id} and /returns/photos/{id}/thumbnail (anyone signed in; the service decides which photos).</summary>
    public static void MapReturnPhotos(this IEndpointRouteBuilder app)
    {
        var photos = app.MapGroup("/returns/photos").RequireAuthorization();
        // The application services read the caller from Blazor's authentication state: hand it the request's user.
        photos.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        photos.MapGet("/{id:int}", (int id, [FromServices] ReturnQueryService returns, [FromServices] ReturnPhotoFiles files,
            IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct) => ServeAsync(id, false, returns, files, localizer, http, ct));
        photos.MapGet("/{id:int}/thumbnail", (int id, [FromServices] ReturnQueryService returns, [FromServices] ReturnPhotoFiles files,
            IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct) => ServeAsync(id, true, returns, files, localizer, http, ct));
    }

    private static async Task<IResult> ServeAsync(int id, bool thumbnail, ReturnQueryService returns, ReturnPhotoFiles files,
        IStringLocalizer<SharedResource> localizer, HttpContext http, CancellationToken ct)
    {
        if (await returns.GetPhotoAsync(id, thumbnail, ct) is not { } photo || !PartnerDocumentFiles.IsStoredName(photo.StoredName)
            || files.Store.OpenRead(photo.StoredName) is not { } stream)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Not found"],
                detail: localizer["There is no such file, or it is not yours to see."]);

        http.Response.RegisterForDisposeAsync(stream);
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        SecurityHeaders.UseStricterPolicy(http, "default-src 'none'; img-src 'self'; sandbox");
        var disposition = new ContentDispositionHeaderValue("inline");
        // A thumbnail is a JPEG whatever the photo was: its name says so.
        disposition.SetHttpFileName(thumbnail ? Domain.Partners.ScanFileRules.FileName(photo.FileName, photo.Type) : photo.FileName);
        headers.ContentDisposition = disposition.ToString();
        return TypedResults.Stream(stream, Domain.Partners.ScanFileRules.ContentType(photo.Type), enableRangeProcessing: true);
    }
}
