using System.Net;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>The addresses a webhook host stands for: an IP address is itself (in any form the URL allows), a name is asked of DNS.</summary>
public class WebhookHostResolver
{
    /// <exception cref="System.Net.Sockets.SocketException">The name does not resolve.</exception>
    public virtual async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(bare, out var address)) return [address];
        return await Dns.GetHostAddressesAsync(bare, ct);
    }
}
