namespace PartnerPortal.Web.Security;

/// <summary>The "Portal:PublicUrl" setting: the address people reach the portal at, e.g. <c>https://portal.example.cn</c>.</summary>
public sealed class PortalLinkOptions
{
    public const string Section = "Portal";

    /// <summary>Absolute http(s) address, optionally with a path; no query or fragment. Unset: see <see cref="PortalLinks"/>.</summary>
    public string? PublicUrl { get; set; }

    public Uri? Parsed => string.IsNullOrWhiteSpace(PublicUrl) ? null : new Uri(PublicUrl.Trim(), UriKind.Absolute);

    public bool IsValid() =>
        string.IsNullOrWhiteSpace(PublicUrl)
        || (Uri.TryCreate(PublicUrl.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0);
}
