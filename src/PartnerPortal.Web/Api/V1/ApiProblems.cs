using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// The problem-details (RFC 9457) responses every /api/v1 endpoint shares. Bad input is always status 400 with
/// <c>application/problem+json</c>, a <c>title</c>, a <c>detail</c> and an <c>errors</c> list naming each invalid
/// item by index and field (<see cref="ApiValidationProblem"/>); a bulk write with any error saves nothing.
/// </summary>
/// <example>
/// <code>
/// var outcome = await service.UpsertAsync(body.Items, ct);
/// return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ApiProblems.Validation(outcome.Problems);
/// ...
/// .ProducesBulkWriteProblems()
/// </code>
/// </example>
public static class ApiProblems
{
    /// <summary>The status of every validation problem (bad JSON, a missing field, a value out of range, a rule broken).</summary>
    public const int ValidationStatus = StatusCodes.Status400BadRequest;
    public const string ContentType = "application/problem+json";

    /// <summary>The body is not JSON of the expected shape; the error names where the parser stopped.</summary>
    public const string MalformedJson = "Api.MalformedJson";

    private static readonly ResourceManager Messages = new("PartnerPortal.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>400 listing every invalid item; nothing was saved.</summary>
    public static ProblemHttpResult Validation(IEnumerable<ApiError> errors, string? detail = null)
    {
        var list = errors.ToList();
        return TypedResults.Problem(new ApiValidationProblem
        {
            Status = ValidationStatus,
            Title = "The request is invalid",
            Detail = detail ?? (list.Count == 1
                ? "1 error was found; nothing was saved. See 'errors'."
                : string.Create(CultureInfo.InvariantCulture, $"{list.Count} errors were found; nothing was saved. See 'errors'.")),
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Errors = list,
        });
    }

    /// <summary>400 listing the problems an integration service found; nothing was saved.</summary>
    public static ProblemHttpResult Validation(IEnumerable<ItemProblem> problems) => Validation(problems.Select(ToError));

    /// <summary>400 for one problem with the request as a whole (no item index).</summary>
    public static ProblemHttpResult Validation(Problem problem, string? detail = null) => Validation([ToError(null, problem)], detail);

    public static ApiError ToError(ItemProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return ToError(problem.Index, problem.Problem);
    }

    public static ApiError ToError(int? index, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ApiError(index, problem.Field ?? "", problem.Code, Message(problem));
    }

    /// <summary>
    /// The problem in English, from the portal's own (neutral-language) messages: "listPrice must be between 0 and 99999999.99.".
    /// </summary>
    public static string Message(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var template = Messages.GetString(problem.Code, CultureInfo.InvariantCulture);
        if (template is null) return problem.Field is null ? problem.Code : $"{problem.Field}: {problem.Code}";
        var text = problem.Args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, problem.Args);
        // Most messages are predicates ("is required."), written to follow the field's name; the rest are sentences.
        if (string.IsNullOrEmpty(problem.Field)) return text;
        return char.IsLower(text[0]) ? $"{problem.Field} {text}" : $"{problem.Field}: {text}";
    }

    /// <summary>
    /// Null when a batch's item count is acceptable; otherwise 400 for a missing or empty <c>items</c> list, or 413 for more
    /// than <see cref="IntegrationLimits.MaxBatchItems"/> (the batch is refused whole).
    /// </summary>
    public static ProblemHttpResult? CheckBatch<T>(IReadOnlyCollection<T>? items)
    {
        if (items is null || items.Count == 0)
            return Validation(new Problem(ProblemCodes.Required, "items"), "The request has no items.");
        if (items.Count <= IntegrationLimits.MaxBatchItems) return null;
        return TypedResults.Problem(new ApiValidationProblem
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "Too many items",
            Detail = string.Create(CultureInfo.InvariantCulture,
                $"{items.Count} items were sent; at most {IntegrationLimits.MaxBatchItems} are accepted in one request. Nothing was saved: send them in parts."),
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            Errors = [ToError(null, new Problem(ProblemCodes.OutOfRange, "items", 1, IntegrationLimits.MaxBatchItems))],
        });
    }

    /// <summary>404: the thing named in the URL does not exist (or is outside the key's regions).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = detail,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        });

    /// <summary>
    /// Describes problem responses in the OpenAPI document: always 401 and 403, plus each status given. 400 and 413 are
    /// described as <see cref="ApiValidationProblem"/> (with <c>errors</c>), the others (e.g. 404, 409, 415) as plain problem details.
    /// </summary>
    /// <example><c>.ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)</c></example>
    public static RouteHandlerBuilder ProducesApiProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(statuses);
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in statuses)
        {
            if (status is ValidationStatus or StatusCodes.Status413PayloadTooLarge) builder.Produces<ApiValidationProblem>(status, ContentType);
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>The statuses of a JSON bulk write: 400 (invalid), 413 (too many items), 415 (not JSON).</summary>
    public static RouteHandlerBuilder ProducesBulkWriteProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesApiProblems(ValidationStatus, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
}
