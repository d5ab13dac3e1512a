using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>Payments received, from the ERP (scope <c>payments:write</c>).</summary>
public static class PaymentsApi
{
    public static RouteGroupBuilder MapPaymentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/payments", PostAsync)
            .RequireAuthorization(ApiScopes.PaymentsWrite)
            .WithName("PostPayment").WithTags("Payments")
            .WithSummary("Post a payment received from a partner")
            .WithDescription("The same rules as a channel manager's Record payment: the amount (positive, at most 2 decimals) is applied to "
                + "the partner's open invoices, oldest due date first; what no invoice needs stays on the payment as an advance. Idempotent "
                + "by `reference` (the ERP's): 201 when the payment is recorded, 200 with the same payment when that reference was posted "
                + "before for this partner and amount (a retry, also several at once). 400 for invalid or unknown fields (an unknown "
                + "partner code among them), 409 when the reference was used for another partner or amount (Problem.ReferenceInUse) or "
                + "the partner has no credit account (Problem.NoCreditAccount).")
            .AcceptsJson<ApiPaymentRequest>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType)
            .ProducesConflict();
        return api;
    }

    public static async Task<Results<Created<ApiPayment>, Ok<ApiPayment>, ProblemHttpResult>> PostAsync(HttpRequest request,
        PaymentPostingService service, CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<ApiPaymentRequest>(request, ct);
        if (problem is not null) return problem;
        var outcome = await service.PostAsync(body!, ct);
        if (!outcome.Succeeded) return ApiRefusals.From(outcome.Problems);
        var posted = outcome.Value!;
        return posted.Created ? TypedResults.Created((string?)null, posted.Value) : TypedResults.Ok(posted.Value);
    }
}
