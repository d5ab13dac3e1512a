using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Infrastructure.Statements;

namespace PartnerPortal.Web.Statements;

/// <summary>
/// Downloads of statements and of the order list. Each file is rendered to a temporary file that is deleted once it has
/// been sent, and streamed from there; another partner's statement is a 404, as the pages answer.
/// </summary>
public static class StatementEndpoints
{
    public const string OrdersPath = "/exports/orders.xlsx";
    public const string PdfContentType = "application/pdf";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// GET /exports/statements/account/{partnerId}?from=2026-10-01&amp;to=2026-10-31&amp;format=pdf|xlsx,
    /// GET /exports/statements/rebates/{partnerId}?from=…&amp;to=…&amp;format=pdf|xlsx and
    /// GET /exports/orders.xlsx?status=&amp;from=&amp;to=&amp;partnerId=&amp;regionId=&amp;search= (the order list's filters).
    /// </summary>
    public static void MapStatementExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").RequireAuthorization(new AuthorizeAttribute { Roles = StatementRoles.Readers });
        // The application services read the caller from Blazor's authentication state: hand it the request's user.
        exports.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            return await next(context);
        });
        exports.MapGet("/statements/account/{partnerId:int}", AccountStatementAsync);
        exports.MapGet("/statements/rebates/{partnerId:int}", RebateStatementAsync);
        exports.MapGet("/orders.xlsx", OrdersAsync);
    }

    private static async Task<IResult> AccountStatementAsync(int partnerId, string? from, string? to, string? format, StatementService statements,
        IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http, CancellationToken ct)
    {
        var problems = ExportParameters.ReadStatement(from, to, format, out var request);
        if (request is null) return Invalid(problems, localizer);
        if (await statements.GetAccountStatementAsync(partnerId, request.From, request.To, ct) is not { } statement) return NotFound(localizer);

        var text = StatementDocumentText.Create(localizer, configuration);
        var fileName = StatementFileNames.AccountStatement(statement.Partner.Code, request.From, request.To, request.Format);
        return await FileAsync(http, request.IsPdf ? PdfContentType : XlsxContentType, fileName, (stream, _) =>
        {
            if (request.IsPdf) AccountStatementPdf.Write(statement, text, stream);
            else AccountStatementWorkbook.Write(statement, text, stream);
            return Task.CompletedTask;
        }, ct);
    }

    private static async Task<IResult> RebateStatementAsync(int partnerId, string? from, string? to, string? format, StatementService statements,
        IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http, CancellationToken ct)
    {
        var problems = ExportParameters.ReadStatement(from, to, format, out var request);
        if (request is null) return Invalid(problems, localizer);
        if (await statements.GetRebateStatementAsync(partnerId, request.From, request.To, ct) is not { } statement) return NotFound(localizer);

        var text = StatementDocumentText.Create(localizer, configuration);
        var fileName = StatementFileNames.RebateStatement(statement.Partner.Code, request.From, request.To, request.Format);
        return await FileAsync(http, request.IsPdf ? PdfContentType : XlsxContentType, fileName, (stream, _) =>
        {
            if (request.IsPdf) RebateStatementPdf.Write(statement, text, stream);
            else RebateStatementWorkbook.Write(statement, text, stream);
            return Task.CompletedTask;
        }, ct);
    }

    private static async Task<IResult> OrdersAsync(string? status, string? from, string? to, string? partnerId, string? regionId, string? search,
        OrderExportService orders, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IConfiguration configuration, HttpContext http,
        CancellationToken ct)
    {
        var problems = ExportParameters.ReadOrders(status, from, to, partnerId, regionId, search, out var request);
        if (request is null) return Invalid(problems, localizer);

        var text = StatementDocumentText.Create(localizer, configuration);
        var fileName = StatementFileNames.Orders(clock.GetLocalNow());
        return await FileAsync(http, XlsxContentType, fileName,
            (stream, token) => OrderListWorkbook.WriteAsync(orders.RowsAsync(request.Filter, request.Search, token), text, stream, token), ct);
    }

    /// <summary>Renders into a temporary file (gone when closed) and streams it from the start; the response closes it.</summary>
    private static async Task<IResult> FileAsync(HttpContext http, string contentType, string fileName, Func<Stream, CancellationToken, Task> write,
        CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"partnerportal-export-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await write(file, ct);
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
        return TypedResults.File(file, contentType, fileName);
    }

    private static IResult Invalid(IReadOnlyList<ExportProblem> problems, IStringLocalizer localizer)
    {
        var errors = problems.GroupBy(p => p.Parameter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => localizer[p.Message].Value).ToArray(), StringComparer.Ordinal);
        var detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return TypedResults.ValidationProblem(errors, detail, title: localizer["The export could not be made."]);
    }

    private static IResult NotFound(IStringLocalizer localizer) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Not found"],
            detail: localizer["There is no such partner, or its statements are not yours to see."]);
}
