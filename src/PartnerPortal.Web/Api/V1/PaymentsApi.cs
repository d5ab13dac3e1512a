using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Common;
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
        api.MapPost("/payments/{reference}/reverse", ReverseAsync)
            .RequireAuthorization(ApiScopes.PaymentsWrite)
            .WithName("ReversePayment").WithTags("Payments")
            .WithSummary("Reverse a payment posted through the API, by its reference")
            .WithDescription("For a payment that bounced or was posted to the wrong partner: the invoices it settled are owed again and "
                + "the reversal is its own ledger entry (REV-…), with `reason` (`bounced`, `wrongPartner` or `other`; `other` needs a "
                + "`note`). Idempotent: 201 with the reversal when it is made, 200 with the same reversal when the payment was reversed "
                + "before (a retry, also several at once; the repeat's reason is not read again). 404 when no payment with that "
                + "reference exists in the key's regions, 400 for a missing or unknown reason or an invalid note. Raises the "
                + "`payment.reversed` webhook.")
            .AcceptsJson<ApiPaymentReversalRequest>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    public static async Task<Results<Created<ApiPaymentReversal>, Ok<ApiPaymentReversal>, ProblemHttpResult>> ReverseAsync(
        [Description("The ERP's reference the payment was posted with.")] string reference, HttpRequest request,
        PaymentReversalPostingService service, CancellationToken ct)
    {
        var (body, problem) = await ApiRequestBody.ReadAsync<ApiPaymentReversalRequest>(request, ct);
        if (problem is not null) return problem;
        var outcome = await service.ReverseAsync(reference, body!, ct);
        if (outcome.Succeeded)
            return outcome.Value!.Created ? TypedResults.Created((string?)null, outcome.Value.Value) : TypedResults.Ok(outcome.Value.Value);
        return outcome.Problems.Any(p => p is { Code: ProblemCodes.NotFound, Field: "reference" })
            ? ApiProblems.NotFound($"There is no payment with the reference \"{reference}\" that this key can see.")
            : ApiRefusals.From(outcome.Problems);
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
