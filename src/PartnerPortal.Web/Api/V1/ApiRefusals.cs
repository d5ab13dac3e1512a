using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// The single-record writes' (acknowledge, shipments, payments) split of a refusal: 400 when the request itself is wrong (a
/// missing or over-long field, a value out of range, an order, warehouse, partner or SKU it names that does not exist in the
/// key's regions), 409 when it is well-formed but the data as it stands now refuses it (shipping more than is open or reserved,
/// stock that is not there, an order in the wrong status, an ERP number or reference already used differently). Both carry the
/// same <see cref="ApiValidationProblem"/> body, whose <c>errors</c> give each problem's code and field.
/// </summary>
public static class ApiRefusals
{
    public const int ConflictStatus = StatusCodes.Status409Conflict;

    /// <summary>Codes that make a refusal a 409: the request could succeed against other data, but not against this.</summary>
    public static readonly IReadOnlySet<string> ConflictCodes = new HashSet<string>
    {
        ProblemCodes.WrongOrderStatus, ProblemCodes.ExceedsOpenQuantity, ProblemCodes.ExceedsReserved, ProblemCodes.InsufficientStock,
        ProblemCodes.NoCreditAccount, ProblemCodes.AlreadyAcknowledged, ProblemCodes.ReferenceInUse, ProblemCodes.WrongReturnStatus,
    };

    /// <summary>409 when any problem is a conflict (see <see cref="ConflictCodes"/>), otherwise 400; every problem is listed.</summary>
    public static ProblemHttpResult From(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!problems.Any(p => ConflictCodes.Contains(p.Code))) return ApiProblems.Validation(problems.Select(p => ApiProblems.ToError(null, p)));
        var errors = problems.Select(p => ApiProblems.ToError(null, p)).ToList();
        return TypedResults.Problem(new ApiValidationProblem
        {
            Status = ConflictStatus,
            Title = "The request conflicts with the current state",
            Detail = string.Join(" ", errors.Select(e => e.Message)) + " Nothing was saved.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Errors = errors,
        });
    }

    /// <summary>Describes the 409 in the OpenAPI document, with its <c>errors</c>.</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder) =>
        builder.Produces<ApiValidationProblem>(ConflictStatus, ApiProblems.ContentType);
}
