using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Products and tier prices from the ERP (scope <c>catalog:write</c>).</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/products", UpsertProductsAsync)
            .RequireAuthorization(ApiScopes.CatalogWrite)
            .WithName("UpsertProducts").WithTags("Catalog")
            .WithSummary("Create or update products and their tier prices, by SKU")
            .WithDescription("All-or-nothing: every item is validated first and one invalid item saves nothing (400 lists each by index and field). "
                + "Sending the same items again changes nothing (all unchanged). Left-out optional fields keep their stored value; "
                + "tierPrices, when sent, replace the product's explicit tier prices. At most 1,000 items (413).")
            .AcceptsJson<ProductUpsertRequest>()
            .ProducesBulkWriteProblems();
        api.MapPost("/products/{sku}/deactivate", DeactivateAsync)
            .RequireAuthorization(ApiScopes.CatalogWrite)
            .WithName("DeactivateProduct").WithTags("Catalog")
            .WithSummary("Take a product off sale")
            .WithDescription("Partners can no longer order it; orders and history keep it. Deactivating an inactive product changes nothing (changed: false).")
            .ProducesApiProblems(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<UpsertSummary>, ProblemHttpResult>> UpsertProductsAsync(HttpRequest request, CatalogSyncService service,
        CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<ProductUpsertRequest>(request, ct);
        if (problem is not null) return problem;
        if (ApiProblems.CheckBatch(body!.Items) is { } refused) return refused;
        var outcome = await service.UpsertProductsAsync(body.Items!, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems);
    }

    public static async Task<Results<Ok<ProductState>, ProblemHttpResult>> DeactivateAsync(string sku, CatalogSyncService service, CancellationToken ct)
    {
        var outcome = await service.DeactivateAsync(sku, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.NotFound($"There is no product with the SKU \"{sku}\".");
    }
}
