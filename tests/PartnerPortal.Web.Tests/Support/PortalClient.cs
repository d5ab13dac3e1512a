using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.Web.Tests.Support;

/// <summary>An HTTP client that signs in through the real sign-in form, cookies and antiforgery included.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "Demo#2026";

    public HttpClient Http { get; } = http;

    /// <summary>Posts the sign-in form; the response is a redirect on success.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string email, string password)
    {
        var page = await Http.GetStringAsync("/Account/Login");
        var fields = HiddenInputs(page);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await Http.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        var response = await PostLoginAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login") == true)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public static Dictionary<string, string> HiddenInputs(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in HiddenInput().Matches(html))
        {
            var name = Attribute(m.Value, "name");
            if (name is not null) fields[name] = WebUtility.HtmlDecode(Attribute(m.Value, "value") ?? "");
        }
        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $@"\b{name}=""([^""]*)""");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<input[^>]*type=""hidden""[^>]*>")]
    private static partial Regex HiddenInput();

    public void Dispose() => Http.Dispose();
}
