using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PartnerPortal.Domain.Integration;
using Scalar.AspNetCore;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// The integration API's OpenAPI document at <c>/openapi/v1.json</c> (the /api/v1 endpoints only, not the portal's pages,
/// its own /api or the exports) and the browsable reference page at <c>/api/reference</c>; both anonymous, so that an
/// integrator can read them before having a key.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/reference";
    public const string SecuritySchemeName = "ApiKey";

    private const string Description = """
        The brand's ERP and warehouse system talk to the portal here: products and tier prices, stock on hand, partners and
        credit limits in; orders, shipments and invoices, payments, rebate accruals and settlements across.

        **Keys.** An administrator creates an API key in the portal (Admin → API keys); it is shown once. Send it as
        `Authorization: Bearer pp_…` (or `X-Api-Key: pp_…`). Each key has scopes (each endpoint names the one it needs:
        401 without a valid key, 403 without the scope) and may be restricted to regions: it then sees and changes only the
        partners of those regions, and anything else answers as if it did not exist (404, or 400 naming the field).

        **Errors** are RFC 9457 problem details (`application/problem+json`). 400: the request is invalid; `errors` lists each
        problem with its `index` (the item in a bulk request), `field`, a stable `code` and an English `message`, and nothing
        was saved (bulk writes are all-or-nothing). 404: the thing named in the URL does not exist for this key. 409: the request
        is valid but the data as it stands refuses it (over-shipping, no stock, wrong order status, an ERP number or reference
        already used differently), with the same `errors`. 413: too many items. 415: the body is not JSON. 429: over the key's
        requests per minute; wait `Retry-After` seconds.

        **Retries** are safe: shipments are idempotent by the ERP's shipment number and payments by the ERP's reference
        (the retry answers 200 with what the first call made, 201 was the first); bulk upserts and acknowledging an order
        change nothing the second time.

        **Paging.** Lists read by cursor return `{ items, nextCursor, hasMore }`: send `nextCursor` as `after` for the next page.
        The orders feed is ordered by change token, so an order changed again comes back later with its new state.
        """;

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => IsApiV1(description.RelativePath);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "PartnerPortal integration API", Version = DocumentName, Description = Description };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "pp_…",
                    Description = "An API key created by an administrator in the portal, sent as 'Authorization: Bearer pp_…'.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeAccessAsync);
        });

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPattern).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("PartnerPortal integration API")
                .WithOpenApiRoutePattern(DocumentPattern)
                .AddPreferredSecuritySchemes([SecuritySchemeName]))
            .AllowAnonymous();
        return app;
    }

    internal static bool IsApiV1(string? relativePath) =>
        relativePath is not null && (relativePath == "api/v1" || relativePath.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every operation needs a key (the security requirement, 401) and is rate limited (429); one that needs a scope says which
    /// and may answer 403. Added here once rather than on each endpoint, so a new endpoint cannot leave them out.
    /// </summary>
    private static async Task DescribeAccessAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, context.Document)] = [] });

        var scopes = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Where(ApiScopes.IsKnown).Distinct().ToList();
        if (scopes.Count > 0)
        {
            var needs = $"Scope: `{string.Join("`, `", scopes)}`.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : $"{operation.Description}\n\n{needs}";
        }

        operation.Responses ??= new OpenApiResponses();
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct);
        Add(operation, StatusCodes.Status401Unauthorized, "No API key, or an unknown or revoked one.", problem);
        if (scopes.Count > 0) Add(operation, StatusCodes.Status403Forbidden, "The key does not have the scope this endpoint needs.", problem);
        Add(operation, StatusCodes.Status429TooManyRequests, "Over the key's requests per minute; retry after the Retry-After header's seconds.", problem);
    }

    private static void Add(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing))
        {
            if (existing is OpenApiResponse declared && string.IsNullOrEmpty(declared.Description)) declared.Description = description;
            return;
        }
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ApiProblems.ContentType] = new() { Schema = schema } },
        };
    }
}
