using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Shipments from the ERP or warehouse system (scope <c>shipments:write</c>).</summary>
public static class ShipmentsApi
{
    public static RouteGroupBuilder MapShipmentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/shipments", PostAsync)
            .RequireAuthorization(ApiScopes.ShipmentsWrite)
            .WithName("PostShipment").WithTags("Shipments")
            .WithSummary("Post a shipment of an order and invoice it")
            .WithDescription("The same rules as a channel manager's Ship action: the order must be Approved or PartiallyShipped, each SKU must "
                + "be on the order with that much still to ship and reserved in that warehouse; the stock leaves the warehouse, the invoice is "
                + "raised at the order's frozen prices and the order moves to PartiallyShipped or Shipped, all or nothing. Idempotent by "
                + "`shipmentNumber` (the ERP's): 201 when the shipment is made, 200 with the same shipment when that number was posted before "
                + "for this order (a retry, also several at once). 400 for invalid or unknown fields (the order, warehouse or a SKU not on the "
                + "order), 409 when the order's state refuses it (Problem.WrongOrderStatus, ExceedsOpenQuantity, ExceedsReserved, "
                + "InsufficientStock, NoCreditAccount) or the shipment number was used for another order (Problem.ReferenceInUse).")
            .AcceptsJson<ApiShipmentRequest>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType)
            .ProducesConflict();
        return api;
    }

    public static async Task<Results<Created<ApiShipment>, Ok<ApiShipment>, ProblemHttpResult>> PostAsync(HttpRequest request,
        ShipmentPostingService service, CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<ApiShipmentRequest>(request, ct);
        if (problem is not null) return problem;
        var outcome = await service.PostAsync(body!, ct);
        if (!outcome.Succeeded) return ApiRefusals.From(outcome.Problems);
        var posted = outcome.Value!;
        return posted.Created
            ? TypedResults.Created($"/api/v1/orders/{Uri.EscapeDataString(posted.Value.OrderNumber)}", posted.Value)
            : TypedResults.Ok(posted.Value);
    }
}
