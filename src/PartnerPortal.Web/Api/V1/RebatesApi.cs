using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Rebate accruals and settlements for the ERP's ledger (scope <c>rebates:read</c>).</summary>
public static class RebatesApi
{
    private const string Paging = " Paged by id: send the `nextCursor` of a page as `after` to get the next one while `hasMore` is true; "
        + "`limit` is 1–500 (default 100).";

    private const string From = "First day, yyyy-MM-dd (optional).";
    private const string To = "Last day, yyyy-MM-dd (optional).";
    private const string After = "The last id already processed (nextCursor of the previous page); 0 or left out to start.";
    private const string Limit = "Rows per page, 1–500; 100 when left out.";

    public static RouteGroupBuilder MapRebatesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/rebates/accruals", ListAccrualsAsync)
            .RequireAuthorization(ApiScopes.RebatesRead)
            .WithName("ListRebateAccruals").WithTags("Rebates")
            .WithSummary("Rebate accruals per policy version, partner and period")
            .WithDescription("Accruals whose period overlaps `from`–`to` (yyyy-MM-dd, both optional), settled or not as `settled` says "
                + "(true or false; both when left out). An unsettled accrual is recalculated as shipments come in; a settled one never "
                + "changes and names its credit note." + Paging)
            .ProducesApiProblems(StatusCodes.Status400BadRequest);
        api.MapGet("/rebates/settlements", ListSettlementsAsync)
            .RequireAuthorization(ApiScopes.RebatesRead)
            .WithName("ListRebateSettlements").WithTags("Rebates")
            .WithSummary("Credit notes issued by settling rebates")
            .WithDescription("One credit note per settled accrual with an amount, dated within `from`–`to` (yyyy-MM-dd, both optional)." + Paging)
            .ProducesApiProblems(StatusCodes.Status400BadRequest);
        return api;
    }

    public static async Task<Results<Ok<ApiCursorPage<ApiRebateAccrual>>, ProblemHttpResult>> ListAccrualsAsync(
        [Description(From)] string? from, [Description(To)] string? to,
        [Description("true: settled accruals only; false: open ones only; left out: both.")] string? settled,
        [Description(After)] string? after, [Description(Limit)] string? limit, RebateExportService service, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (start, end, cursor, take) = (query.Date("from", from), query.Date("to", to), query.Long("after", after) ?? 0,
            query.Int("limit", limit) ?? RebateExportService.DefaultLimit);
        var isSettled = query.Bool("settled", settled);
        if (query.Errors.Count > 0) return ApiProblems.Validation(query.Errors);
        return Result(await service.ListAccrualsAsync(start, end, isSettled, cursor, take, ct));
    }

    public static async Task<Results<Ok<ApiCursorPage<ApiRebateSettlement>>, ProblemHttpResult>> ListSettlementsAsync(
        [Description(From)] string? from, [Description(To)] string? to, [Description(After)] string? after, [Description(Limit)] string? limit,
        RebateExportService service, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (start, end, cursor, take) = (query.Date("from", from), query.Date("to", to), query.Long("after", after) ?? 0,
            query.Int("limit", limit) ?? RebateExportService.DefaultLimit);
        if (query.Errors.Count > 0) return ApiProblems.Validation(query.Errors);
        return Result(await service.ListSettlementsAsync(start, end, cursor, take, ct));
    }

    private static Results<Ok<ApiCursorPage<T>>, ProblemHttpResult> Result<T>(Outcome<ApiCursorPage<T>> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems.Select(p => ApiProblems.ToError(null, p)));
}
