using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Web.Api.V1;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json against the endpoints the app really maps: every /api/v1 endpoint, whoever added it,
/// is in the document with its success response's schema and the error responses it can give.
/// </summary>
public sealed partial class OpenApiDocumentTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    /// <summary>An endpoint of /api/v1 as routing knows it: the path as OpenAPI writes it, the method, and what it needs.</summary>
    private sealed record MappedEndpoint(string Path, string Method, bool NeedsScope, bool HasPathParameters, Endpoint Endpoint)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(ApiDocumentation.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private List<MappedEndpoint> MappedApiV1Endpoints()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && ApiDocumentation.IsApiV1(raw.TrimStart('/')))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new MappedEndpoint(
                OpenApiPath(e.RoutePattern.RawText!), method.ToLowerInvariant(),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { } p && ApiScopes.IsKnown(p)),
                e.RoutePattern.Parameters.Count > 0, e)))
            .ToList();
        Assert.NotEmpty(endpoints);
        return endpoints;
    }

    /// <summary>"/api/v1/things/{id:int}" as OpenAPI writes it: "/api/v1/things/{id}".</summary>
    private static string OpenApiPath(string routePattern) =>
        "/" + RouteParameter().Replace(routePattern.TrimStart('/'), m => "{" + m.Groups[1].Value + "}");

    [GeneratedRegex(@"\{\*{0,2}([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task The_document_is_anonymous_and_describes_the_integration_API_with_its_key_scheme()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var info = document.GetProperty("info");
        Assert.Equal(("PartnerPortal integration API", "v1"), (info.GetProperty("title").GetString(), info.GetProperty("version").GetString()));
        Assert.Contains("problem details", info.GetProperty("description").GetString());
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocumentation.SecuritySchemeName);
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
    }

    [Fact]
    public async Task Every_mapped_api_v1_endpoint_is_in_the_document_and_nothing_else_is()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var mapped = MappedApiV1Endpoints();

        var missing = mapped.Where(e => !paths.TryGetProperty(e.Path, out var item) || !item.TryGetProperty(e.Method, out _)).ToList();
        Assert.True(missing.Count == 0, "Not in the document: " + string.Join(", ", missing));
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name} {p.Name}")).ToList();
        var unknown = documented.Except(mapped.Select(e => $"{e.Method} {e.Path}")).ToList();
        Assert.True(unknown.Count == 0, "In the document but not an /api/v1 endpoint: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task Every_operation_describes_its_success_with_a_schema_and_the_errors_it_can_give()
    {
        var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var endpoint in MappedApiV1Endpoints())
        {
            var operation = document.GetProperty("paths").GetProperty(endpoint.Path).GetProperty(endpoint.Method);
            var responses = operation.GetProperty("responses");
            var statuses = responses.EnumerateObject().Select(r => r.Name).ToList();
            void Require(bool condition, string what)
            {
                if (!condition) failures.Add($"{endpoint}: {what} (has {string.Join(", ", statuses)})");
            }

            var successes = statuses.Where(s => s.StartsWith('2')).ToList();
            Require(successes.Count > 0, "no success response");
            foreach (var success in successes.Where(s => s != "204"))
                Require(HasSchema(responses.GetProperty(success)), $"success {success} without a schema");
            Require(operation.TryGetProperty("summary", out _), "no summary");
            Require(operation.TryGetProperty("tags", out _), "no tags");
            Require(operation.TryGetProperty("security", out _), "no security requirement");

            var required = new List<string> { "401" };
            if (endpoint.NeedsScope) required.Add("403");
            var takesInput = operation.TryGetProperty("requestBody", out _)
                || (operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query"));
            if (takesInput) required.Add("400");
            if (endpoint.HasPathParameters) required.Add("404");
            foreach (var status in required)
            {
                Require(statuses.Contains(status), $"no {status} response");
                if (statuses.Contains(status)) Require(HasSchema(responses.GetProperty(status)), $"{status} without a problem-details schema");
            }
            if (statuses.Contains("409")) Require(HasSchema(responses.GetProperty("409")), "409 without a problem-details schema");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/api/v1/orders/{number}/acknowledge", "post")]
    [InlineData("/api/v1/shipments", "post")]
    [InlineData("/api/v1/payments", "post")]
    public async Task The_single_record_writes_describe_their_409_with_the_errors_list(string path, string method)
    {
        var document = await DocumentAsync();
        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.True(responses.TryGetProperty("409", out var conflict));
        var schema = Resolve(document, conflict.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema"));
        Assert.True(schema.GetProperty("properties").TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task The_reference_page_is_served_without_a_key()
    {
        using var http = app.CreateClient();

        using var response = await http.GetAsync(ApiDocumentation.ReferencePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("PartnerPortal integration API", await response.Content.ReadAsStringAsync());
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference)) return schema;
        var name = reference.GetString()!.Split('/')[^1];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }
}
