using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Web.Security;

/// <summary>
/// Absolute links to the portal for places outside it (the QR code and footer of a certificate). They are built from
/// <c>Portal:PublicUrl</c>, never from the request's Host header, which the client chooses: a forged Host would otherwise
/// print someone else's site on a certificate. Without the setting the first address the server listens on by name or
/// address is used (not a wildcard such as http://+:80), and with none of those the link is the path alone.
/// </summary>
public sealed class PortalLinks(IOptions<PortalLinkOptions> options, IServer server)
{
    /// <summary>The absolute address of <paramref name="path"/> (which starts with "/").</summary>
    public string Absolute(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var root = options.Value.Parsed?.AbsoluteUri ?? ListeningAddress();
        return root is null ? path : root.TrimEnd('/') + path;
    }

    private string? ListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var concrete = addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://wildcard", StringComparison.Ordinal).Replace("://*", "://wildcard", StringComparison.Ordinal),
                UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(u => u.Host is not ("wildcard" or "0.0.0.0" or "[::]"))
            .OrderBy(u => u.Scheme == Uri.UriSchemeHttps ? 0 : 1)
            .ToList();
        return concrete.Count == 0 ? null : concrete[0].GetLeftPart(UriPartial.Authority);
    }
}
