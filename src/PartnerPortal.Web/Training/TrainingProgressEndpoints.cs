using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Training.Progress;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Training;

/// <summary>GET /exports/training-progress.xlsx?courseId=&amp;regionId=: a course's progress by partner, for brand staff.</summary>
public static class TrainingProgressEndpoints
{
    public const string ExportPath = "/exports/training-progress.xlsx";

    public static string ExportUrl(int courseId, int? regionId) =>
        regionId is { } region ? $"{ExportPath}?courseId={courseId}&regionId={region}" : $"{ExportPath}?courseId={courseId}";

    public static void MapTrainingProgressExports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ExportPath, ExportAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = PortalRoles.BrandStaff })
            // The application services read the caller from Blazor's authentication state: hand it the request's user.
            .AddEndpointFilter(async (context, next) =>
            {
                if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                    host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
                return await next(context);
            });
    }

    private static async Task<IResult> ExportAsync(int? courseId, int? regionId, TrainingProgressService progress,
        IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http, CancellationToken ct)
    {
        var courses = await progress.ListCoursesAsync(ct);
        if (courseId is not { } id || courses.FirstOrDefault(c => c.Id == id) is not { } course)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Not found"],
                detail: localizer["There is no such published course."]);
        var rows = await progress.ByPartnerAsync(id, regionId, ct);
        var text = StatementDocumentText.Create(localizer, configuration);
        var title = $"{course.Code} {text.Name(course.Title, course.TitleEn)}";

        var path = Path.Combine(Path.GetTempPath(), $"partnerportal-export-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            CourseProgressWorkbook.Write(title, rows, text, file);
            await file.FlushAsync(ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        http.Response.RegisterForDisposeAsync(file);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file, StatementEndpoints.XlsxContentType, $"training-progress-{course.Code}.xlsx");
    }
}
