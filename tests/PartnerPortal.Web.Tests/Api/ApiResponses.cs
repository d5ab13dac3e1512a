using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PartnerPortal.Web.Tests.Api;

/// <summary>Reading /api/v1 answers in tests: summaries, and the problem details of refused writes with their <c>errors</c>.</summary>
public static class ApiResponses
{
    /// <summary>One entry of a problem's <c>errors</c>.</summary>
    public sealed record Error(int? Index, string Field, string Code, string Message);

    public sealed record Summary(int Created, int Updated, int Unchanged);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient http, HttpMethod method, string url, string json) =>
        http.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>Asserts 200 and reads <c>{ created, updated, unchanged }</c>.</summary>
    public static async Task<Summary> ReadSummaryAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Summary>(Json))!;
    }

    /// <summary>Asserts problem details with the status, a title and a detail, and returns its <c>errors</c>.</summary>
    public static async Task<IReadOnlyList<Error>> ReadProblemErrorsAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        if (!problem.RootElement.TryGetProperty("errors", out var errors)) return [];
        var list = errors.Deserialize<List<Error>>(Json)!;
        Assert.All(list, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return list;
    }

    /// <summary>Asserts that <paramref name="errors"/> has an entry for the item, field and code.</summary>
    public static void AssertHas(this IReadOnlyList<Error> errors, int? index, string field, string code) =>
        Assert.True(errors.Any(e => e.Index == index && e.Field == field && e.Code == code),
            $"No error [{index}] {field} {code} among: " + string.Join("; ", errors.Select(e => $"[{e.Index}] {e.Field} {e.Code}")));
}
