using Microsoft.AspNetCore.Mvc;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// RFC 9457 problem details for bad input (status 400, <c>application/problem+json</c>), with an <c>errors</c>
/// member listing every invalid item: nothing of the request was saved.
/// </summary>
public sealed class ApiValidationProblem : ProblemDetails
{
    [System.Text.Json.Serialization.JsonPropertyName("errors")]
    public IReadOnlyList<ApiError> Errors { get; init; } = [];
}
