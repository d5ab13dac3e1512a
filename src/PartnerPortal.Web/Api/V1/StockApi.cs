using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>On-hand quantities from the ERP or warehouse system (scope <c>stock:write</c>).</summary>
public static class StockApi
{
    public static RouteGroupBuilder MapStockApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPut("/stock", SetOnHandAsync)
            .RequireAuthorization(ApiScopes.StockWrite)
            .WithName("SetStock").WithTags("Stock")
            .WithSummary("Set on-hand quantities per warehouse and SKU")
            .WithDescription("The ERP is the source of truth for on hand; the portal keeps what orders have reserved, and refuses an on-hand "
                + "below it for that item (Problem.StockBelowReserved). Each change is recorded as a stock adjustment with the reason \"ERP sync\". "
                + "All-or-nothing; at most 1,000 items (413). created: stock rows new to the warehouse, updated: changed quantities.")
            .AcceptsJson<StockUpdateRequest>()
            .ProducesBulkWriteProblems();
        return api;
    }

    public static async Task<Results<Ok<UpsertSummary>, ProblemHttpResult>> SetOnHandAsync(HttpRequest request, StockSyncService service,
        CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<StockUpdateRequest>(request, ct);
        if (problem is not null) return problem;
        if (ApiProblems.CheckBatch(body!.Items) is { } refused) return refused;
        var outcome = await service.SetOnHandAsync(body.Items!, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems);
    }
}
