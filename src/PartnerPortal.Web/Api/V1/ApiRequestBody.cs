using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// Reads a JSON request body so that an empty body, <c>null</c>, a wrong content type or malformed JSON gets the API's
/// problem details (400, or 415 for a body that is not JSON) instead of the framework's bare 400. Endpoints take
/// <see cref="HttpRequest"/> and declare the body for OpenAPI with <see cref="AcceptsJson{T}"/> — not <c>.Accepts&lt;T&gt;()</c>,
/// which makes routing skip the endpoint for another content type (the portal's pages then answer a bare 400, not our 415).
/// </summary>
/// <example>
/// <code>
/// var (body, problem) = await ApiRequestBody.ReadAsync&lt;ProductUpsertRequest&gt;(request, ct);
/// if (problem is not null) return problem;
/// ...
/// api.MapPost("/products", UpsertProductsAsync).AcceptsJson&lt;ProductUpsertRequest&gt;()
/// </code>
/// </example>
public static partial class ApiRequestBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength == 0) return (null, Empty());
        if (request.ContentLength > ApiBodyLimit.MaxBytes) return (null, ApiBodyLimit.TooLarge(request.ContentLength));
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "JSON expected",
                detail: "Send the request body as JSON with 'Content-Type: application/json'."));
        }
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, options.SerializerOptions, ct);
            return body is null ? (null, Empty()) : (body, null);
        }
        catch (JsonException e) when (e.LineNumber is 0 && e.BytePositionInLine is 0 && e.Path is null or "$")
        {
            // "The input does not contain any JSON tokens": a chunked request with no body at all.
            return (null, Empty());
        }
        catch (JsonException e)
        {
            return (null, Malformed(e));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without a length, stopped by the server at the limit of the endpoint (ApiBodyLimit).
            return (null, ApiBodyLimit.TooLarge(null));
        }
    }

    /// <summary>Describes the endpoint's JSON request body (<typeparamref name="T"/>) in the OpenAPI document, without restricting routing.</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder builder) where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
    }

    private static ProblemHttpResult Empty() =>
        ApiProblems.Validation(new Problem(ProblemCodes.Required, "items"), "The request body is empty; send a JSON object with 'items'.");

    /// <summary>Names the item and field where the parser stopped, e.g. <c>$.items[3].listPrice</c> → index 3, field listPrice.</summary>
    private static ProblemHttpResult Malformed(JsonException e)
    {
        int? index = null;
        var field = e.Path ?? "";
        var match = ItemPath().Match(field);
        if (match.Success)
        {
            index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            field = match.Groups[2].Value.TrimStart('.');
        }
        else if (field.StartsWith("$.", StringComparison.Ordinal)) field = field[2..];
        else if (field == "$") field = "";

        var where = string.Create(CultureInfo.InvariantCulture, $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}");
        var message = index is null
            ? $"The JSON is malformed or a value has the wrong type at {(field.Length == 0 ? "the top level" : field)} ({where})."
            : string.Create(CultureInfo.InvariantCulture,
                $"Item {index}: {(field.Length == 0 ? "the item" : field)} is malformed or has the wrong type ({where}).");
        return ApiProblems.Validation([new ApiError(index, field, ApiProblems.MalformedJson, message)],
            "The request body could not be read as JSON of the expected shape; nothing was saved.");
    }

    [GeneratedRegex(@"^\$\.items\[(\d+)\](.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPath();
}
