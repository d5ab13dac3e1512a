namespace PartnerPortal.Web.Account;

/// <summary>
/// Where to send the browser back to after signing in, signing out or switching language: a path of this site, or home.
/// Anything else — another host (https://evil.example, //evil, /\evil), a scheme (javascript:), control characters or
/// line breaks (which would split the Location header), an overlong value — goes home instead of becoming an error or
/// an open redirect.
/// </summary>
public static class ReturnUrls
{
    public const string Home = "/";
    public const int MaxLength = 2048;

    // Only to resolve relative paths and escape them the way a Location header needs; never sent anywhere.
    private static readonly Uri Origin = new("http://portal.invalid/");

    /// <summary>
    /// <paramref name="url"/> as a path of this site starting with "/" (query and fragment kept, non-ASCII characters
    /// percent-encoded), or <see cref="Home"/>. An absolute address is accepted only under <paramref name="baseUri"/>
    /// (the site's own address, e.g. NavigationManager.BaseUri).
    /// </summary>
    public static string ToLocalPath(string? url, string? baseUri = null)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url.Any(char.IsControl) || url.Contains('\\')) return Home;
        if (baseUri is not null && url.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase)) url = "/" + url[baseUri.Length..];
        // A scheme (https:, javascript:, data:) before the path starts is another site or a script; "//host" is another site.
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (url.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && (pathStart < 0 || colon < pathStart)) return Home;
        if (!url.StartsWith('/')) url = "/" + url;
        if (url.StartsWith("//", StringComparison.Ordinal)) return Home;
        if (!Uri.TryCreate(Origin, url, out var resolved) || resolved.Authority != Origin.Authority || resolved.Scheme != Origin.Scheme) return Home;
        var local = resolved.PathAndQuery + resolved.Fragment;
        return local.Length > MaxLength ? Home : local;
    }

    /// <summary>The same, relative to the site's base ("" for home), for NavigationManager.NavigateTo.</summary>
    public static string ToBaseRelative(string? url, string? baseUri = null) => ToLocalPath(url, baseUri)[1..];
}
