using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Partners, their contacts and credit settings from the ERP (scope <c>partners:write</c>).</summary>
public static class PartnerSyncApi
{
    public static RouteGroupBuilder MapPartnerSyncApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/partners", UpsertPartnersAsync)
            .RequireAuthorization(ApiScopes.PartnersWrite)
            .WithName("UpsertPartners").WithTags("Partners")
            .WithSummary("Create or update partners, their contacts and credit limits, by code")
            .WithDescription("All-or-nothing: every item is validated first and one invalid item saves nothing (400 lists each by index and field). "
                + "A key restricted to regions may only create and change partners of those regions (Problem.OutsideScope). Credit changes "
                + "are written to the audit log as made by the key (api:<key name>). Sending the same items again changes nothing. "
                + "At most 1,000 items (413).")
            .AcceptsJson<PartnerUpsertRequest>()
            .ProducesBulkWriteProblems();
        return api;
    }

    public static async Task<Results<Ok<UpsertSummary>, ProblemHttpResult>> UpsertPartnersAsync(HttpRequest request, PartnerSyncService service,
        CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<PartnerUpsertRequest>(request, ct);
        if (problem is not null) return problem;
        if (ApiProblems.CheckBatch(body!.Items) is { } refused) return refused;
        var outcome = await service.UpsertPartnersAsync(body.Items!, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems);
    }
}
