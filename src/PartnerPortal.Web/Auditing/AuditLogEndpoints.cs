using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Auditing;

/// <summary>
/// GET /exports/audit.xlsx with the audit log's filters (<see cref="AuditLogAddress"/>): the entries the list shows, for
/// brand staff, scoped as the list is. A list over <see cref="AuditLogWorkbook.MaxEntries"/> entries is refused with a
/// message saying how many it holds, before anything is written.
/// </summary>
public static class AuditLogEndpoints
{
    public static void MapAuditLogExport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(AuditLogAddress.ExportPath, ExportAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = PortalRoles.BrandStaff })
            // The application services read the caller from Blazor's authentication state: hand it the request's user.
            .AddEndpointFilter(async (context, next) =>
            {
                if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                    host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
                return await next(context);
            });
    }

    private static async Task<IResult> ExportAsync(string? partnerId, string? entityType, string? user, string? from, string? to, string? action,
        AuditLogService audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http,
        CancellationToken ct)
    {
        var filter = AuditLogAddress.Read(partnerId, entityType, user, from, to, action);
        var count = await audit.CountAsync(filter, ct);
        if (count > AuditLogWorkbook.MaxEntries)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["The export could not be made."],
                detail: localizer["The list holds {0} entries; an export holds at most {1}. Narrow the filters (e.g. a shorter date range).",
                    count.ToString("N0", CultureInfo.CurrentCulture), AuditLogWorkbook.MaxEntries.ToString("N0", CultureInfo.CurrentCulture)]);

        var text = StatementDocumentText.Create(localizer, configuration);
        var path = Path.Combine(Path.GetTempPath(), $"partnerportal-export-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await AuditLogWorkbook.WriteAsync(audit.RowsAsync(filter, ct), text, file, ct);
            await file.FlushAsync(ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        // Also closed if the response never gets to send it.
        http.Response.RegisterForDisposeAsync(file);
        http.Response.Headers.CacheControl = "no-store";
        var fileName = $"audit-log-{clock.GetLocalNow().ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.xlsx";
        return TypedResults.File(file, StatementEndpoints.XlsxContentType, fileName);
    }
}
