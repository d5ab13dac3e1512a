using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Orders for the ERP: the changed-since feed and one order (scope <c>orders:read</c>), acknowledging (<c>orders:write</c>).</summary>
public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/orders", ListChangedAsync)
            .RequireAuthorization(ApiScopes.OrdersRead)
            .WithName("ListChangedOrders").WithTags("Orders")
            .WithSummary("Orders changed since a change token")
            .WithDescription("Orders (with lines and shipments) whose latest change token is greater than `after` (default 0: every order), "
                + "ordered by that token, at most `limit` (1–500, default 100). Keep `nextCursor` and send it as `after` next time; while "
                + "`hasMore` is true, ask again at once. Every change to an order (a new order, approval, rejection, cancellation, shipment) "
                + "gives it a new, higher token, so an order returned before comes back later with its new state: paging on this way never "
                + "misses a change, whatever is written between pages. An order can therefore appear more than once; keep the latest. "
                + "Drafts are never listed; a key restricted to regions sees only their partners' orders.")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);
        api.MapGet("/orders/{number}", GetAsync)
            .RequireAuthorization(ApiScopes.OrdersRead)
            .WithName("GetOrder").WithTags("Orders")
            .WithSummary("One order by its number")
            .WithDescription("404 when there is no such order, or it is outside the key's regions.")
            .ProducesApiProblems(StatusCodes.Status404NotFound);
        api.MapPost("/orders/{number}/acknowledge", AcknowledgeAsync)
            .RequireAuthorization(ApiScopes.OrdersWrite)
            .WithName("AcknowledgeOrder").WithTags("Orders")
            .WithSummary("Record that the ERP received the order, with its ERP order number")
            .WithDescription("Idempotent: acknowledging again with the same number returns the order unchanged. A different number for an "
                + "order already acknowledged is refused (409, Problem.AlreadyAcknowledged). The acknowledgement itself does not move the "
                + "order in the changed-orders feed.")
            .AcceptsJson<AcknowledgeOrderRequest>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType)
            .ProducesConflict();
        return api;
    }

    public static async Task<Results<Ok<ApiCursorPage<ApiOrder>>, ProblemHttpResult>> ListChangedAsync(
        [Description("The last change token already processed (nextCursor of the previous page); 0 or left out for every order.")] string? after,
        [Description("Orders per page, 1–500; 100 when left out.")] string? limit,
        OrderFeedService feed, CancellationToken ct)
    {
        var query = new ApiQuery();
        var from = query.Long("after", after) ?? 0;
        var take = query.Int("limit", limit) ?? OrderFeedService.DefaultLimit;
        if (query.Errors.Count > 0) return ApiProblems.Validation(query.Errors);
        var outcome = await feed.ListChangedAsync(from, take, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems.Select(p => ApiProblems.ToError(null, p)));
    }

    public static async Task<Results<Ok<ApiOrder>, ProblemHttpResult>> GetAsync(string number, OrderFeedService feed, CancellationToken ct) =>
        await feed.GetAsync(number, ct) is { } order ? TypedResults.Ok(order) : NotFound(number);

    public static async Task<Results<Ok<ApiOrder>, ProblemHttpResult>> AcknowledgeAsync(string number, HttpRequest request, OrderFeedService feed,
        CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<AcknowledgeOrderRequest>(request, ct);
        if (problem is not null) return problem;
        var outcome = await feed.AcknowledgeAsync(number, body!.ErpOrderNumber, ct);
        if (outcome.Succeeded) return TypedResults.Ok(outcome.Value);
        return outcome.Problems.Any(p => p is { Code: ProblemCodes.NotFound, Field: "number" }) ? NotFound(number) : ApiRefusals.From(outcome.Problems);
    }

    private static ProblemHttpResult NotFound(string number) => ApiProblems.NotFound($"There is no order \"{number}\" that this key can see.");
}
