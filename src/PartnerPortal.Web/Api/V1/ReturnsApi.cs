using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Returns;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Returns (RMA) for the warehouse system: the changed-since feed and one return (<c>returns:read</c>), receipts (<c>returns:write</c>).</summary>
public static class ReturnsApi
{
    public static RouteGroupBuilder MapReturnsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/returns", ListChangedAsync)
            .RequireAuthorization(ApiScopes.ReturnsRead)
            .WithName("ListChangedReturns").WithTags("Returns")
            .WithSummary("Returns changed since a change token")
            .WithDescription("Returns (with their lines) whose latest change token is greater than `after` (default 0: every return), ordered "
                + "by that token, at most `limit` (1–500, default 100). Keep `nextCursor` and send it as `after` next time; while `hasMore` is "
                + "true, ask again at once. Every change of a return's status (requested, approved, rejected, cancelled, received, credited) "
                + "gives it a new, higher token, so a return comes back later with its new state; keep the latest. Approved returns are the "
                + "ones the warehouse expects. A key restricted to regions sees only their partners' returns.")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);
        api.MapGet("/returns/{number}", GetAsync)
            .RequireAuthorization(ApiScopes.ReturnsRead)
            .WithName("GetReturn").WithTags("Returns")
            .WithSummary("One return by its number (RMA-…)")
            .WithDescription("404 when there is no such return, or it is outside the key's regions.")
            .ProducesApiProblems(StatusCodes.Status404NotFound);
        api.MapPost("/returns/{number}/receipts", ReceiveAsync)
            .RequireAuthorization(ApiScopes.ReturnsWrite)
            .WithName("PostReturnReceipt").WithTags("Returns")
            .WithSummary("Record the warehouse receipt of an approved return and credit it")
            .WithDescription("Per SKU of the return: the quantity counted in (0 up to the approved quantity; a SKU left out counts as 0) and "
                + "`Restock` (on hand rises in `warehouse`) or `Scrap` (no stock). In the same transaction the partner gets a credit note for "
                + "what was received at the order's frozen prices, and the return becomes Credited (Received when nothing came back). "
                + "Idempotent by `reference` (the warehouse system's receipt number): 201 when the receipt is recorded, 200 with the same "
                + "return when that reference was posted before for this return (a retry, also several at once). 400 for invalid or unknown "
                + "fields (the warehouse, a SKU not on the return or on two of its lines, a quantity over the approved one), 404 for a return "
                + "the key cannot see, 409 when the return is not Approved (Problem.WrongReturnStatus) or the reference was used for another "
                + "return (Problem.ReferenceInUse).")
            .AcceptsJson<ApiReceiptRequest>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType)
            .ProducesConflict();
        return api;
    }

    public static async Task<Results<Ok<ApiCursorPage<ApiReturn>>, ProblemHttpResult>> ListChangedAsync(
        [Description("The last change token already processed (nextCursor of the previous page); 0 or left out for every return.")] string? after,
        [Description("Returns per page, 1–500; 100 when left out.")] string? limit,
        ReturnFeedService feed, CancellationToken ct)
    {
        var query = new ApiQuery();
        var from = query.Long("after", after) ?? 0;
        var take = query.Int("limit", limit) ?? ReturnFeedService.DefaultLimit;
        if (query.Errors.Count > 0) return ApiProblems.Validation(query.Errors);
        var outcome = await feed.ListChangedAsync(from, take, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems.Select(p => ApiProblems.ToError(null, p)));
    }

    public static async Task<Results<Ok<ApiReturn>, ProblemHttpResult>> GetAsync(string number, ReturnFeedService feed, CancellationToken ct) =>
        await feed.GetAsync(number, ct) is { } found ? TypedResults.Ok(found) : NotFound(number);

    public static async Task<Results<Created<ApiReturn>, Ok<ApiReturn>, ProblemHttpResult>> ReceiveAsync(string number, HttpRequest request,
        ReturnReceiptService receipts, ReturnFeedService feed, CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<ApiReceiptRequest>(request, ct);
        if (problem is not null) return problem;
        var problems = new List<Problem>();
        TextRules.Required(problems, "reference", body!.Reference, ReturnRequest.ReceiptReferenceMaxLength);
        TextRules.Required(problems, "warehouse", body.Warehouse, 20);
        var lines = new List<(string, int, ReturnDisposition)>();
        foreach (var (line, index) in (body.Lines ?? []).Select((l, i) => (l, i)))
        {
            if (string.IsNullOrWhiteSpace(line.Sku)) problems.Add(new Problem(ProblemCodes.Required, $"lines[{index}].sku"));
            if (!Enum.TryParse<ReturnDisposition>(line.Disposition, ignoreCase: true, out var disposition) || !Enum.IsDefined(disposition))
                problems.Add(new Problem(ProblemCodes.Required, $"lines[{index}].disposition"));
            else lines.Add((line.Sku ?? "", line.Quantity, disposition));
        }
        if (problems.Count > 0) return ApiProblems.Validation(problems.Select(p => ApiProblems.ToError(null, p)));

        var outcome = await receipts.ReceiveExternalAsync(number, body.Warehouse!, lines, TextRules.NormalizeReference(body.Reference), ct);
        if (!outcome.Succeeded)
            return outcome.Problems.Any(p => p is { Code: ProblemCodes.NotFound, Field: "number" })
                ? NotFound(number)
                : ApiRefusals.From(outcome.Problems);
        var posted = (await feed.GetAsync(outcome.Value!.Number, ct))!;
        return outcome.Value.Created
            ? TypedResults.Created($"/api/v1/returns/{Uri.EscapeDataString(posted.Number)}", posted)
            : TypedResults.Ok(posted);
    }

    private static ProblemHttpResult NotFound(string number) => ApiProblems.NotFound($"There is no return \"{number}\" that this key can see.");
}
