using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// DNS as a test sets it: names under example.cn resolve to <see cref="WebhookTestKit.PublicAddress"/> unless the test
/// points a name elsewhere (as a rebinding attacker's DNS would); IP addresses are themselves, localhost is the machine's;
/// any other name is unknown.
/// </summary>
internal sealed class TestHostResolver : WebhookHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often each name was looked up.</summary>
    public ConcurrentDictionary<string, int> Lookups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Point(string name, params string[] addresses) => _names[name] = addresses.Select(IPAddress.Parse).ToArray();

    public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        Lookups.AddOrUpdate(host, 1, (_, n) => n + 1);
        if (_names.TryGetValue(host, out var pointed)) return Task.FromResult(pointed);
        if (host.EndsWith(".example.cn", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(new[] { IPAddress.Parse(WebhookTestKit.PublicAddress) });
        // Addresses, and localhost, which the machine resolves without a DNS server.
        if (IPAddress.TryParse(host.Trim('[', ']'), out _) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return base.ResolveAsync(host, ct);
        throw new SocketException((int)SocketError.HostNotFound);
    }
}
