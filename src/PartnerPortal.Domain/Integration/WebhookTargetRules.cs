using System.Net;
using System.Net.Sockets;

namespace PartnerPortal.Domain.Integration;

/// <summary>
/// Which addresses a webhook may be sent to: the portal never calls into its own network on an admin's say (a receiver's
/// answer would read internal services). Public unicast addresses are allowed; loopback, private, shared (CGNAT),
/// link-local, unspecified, multicast, reserved and cloud metadata addresses are refused, also when written as an
/// IPv4-mapped IPv6 address or embedded in a 6to4 or NAT64 address. A host that the settings list explicitly is allowed
/// whatever its addresses (an ERP inside the company's network).
/// </summary>
public static class WebhookTargetRules
{
    /// <summary>The host name could not be resolved to any address.</summary>
    public const string UnresolvedProblem = "Problem.WebhookTarget.Unresolved";

    // Metadata services at addresses that are otherwise ordinary: Azure's wire server is a public address.
    private static readonly IPAddress[] MetadataAddresses =
    [
        IPAddress.Parse("169.254.169.254"), // AWS, Google Cloud, Azure, Tencent Cloud, Huawei Cloud, OpenStack
        IPAddress.Parse("169.254.170.2"), // AWS container credentials
        IPAddress.Parse("100.100.100.200"), // Alibaba Cloud
        IPAddress.Parse("168.63.129.16"), // Azure wire server
        IPAddress.Parse("fd00:ec2::254"), // AWS over IPv6
    ];

    /// <summary>Why the portal must not connect to <paramref name="address"/>; null when it is a public address.</summary>
    public static WebhookAddressRefusal? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        // A link-local address's scope (fe80::1%2) does not change what it is, but would make it unequal to the metadata addresses.
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0) address = new IPAddress(address.GetAddressBytes());
        if (MetadataAddresses.Contains(address)) return WebhookAddressRefusal.Metadata;
        var bytes = address.GetAddressBytes();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => V4(bytes),
            AddressFamily.InterNetworkV6 => V6(bytes),
            _ => WebhookAddressRefusal.Reserved,
        };
    }

    /// <summary>The message code for a refusal, e.g. <c>Problem.WebhookTarget.Loopback</c>; its arguments are the host and the address.</summary>
    public static string ProblemCode(WebhookAddressRefusal refusal) => "Problem.WebhookTarget." + refusal;

    /// <summary>
    /// Whether <paramref name="host"/> (a URL's host: a name or an IP address, IPv6 with or without brackets) is one of
    /// <paramref name="allowedHosts"/>. Names compare without case and without a trailing dot, addresses by value
    /// (<c>::1</c> is <c>[0:0::1]</c>).
    /// </summary>
    public static bool IsAllowedHost(string host, IEnumerable<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var wanted = Normalize(host);
        if (wanted.Length == 0) return false;
        var wantedAddress = IPAddress.TryParse(wanted, out var parsed) ? parsed : null;
        foreach (var entry in allowedHosts)
        {
            var allowed = Normalize(entry ?? "");
            if (allowed.Length == 0) continue;
            if (wantedAddress is not null && IPAddress.TryParse(allowed, out var allowedAddress))
            {
                if (wantedAddress.Equals(allowedAddress)) return true;
            }
            else if (string.Equals(wanted, allowed, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string Normalize(string host)
    {
        var h = host.Trim();
        if (h.StartsWith('[') && h.EndsWith(']')) h = h[1..^1];
        return h.TrimEnd('.');
    }

    private static WebhookAddressRefusal? V4(byte[] b) => b[0] switch
    {
        0 => WebhookAddressRefusal.Unspecified,
        10 => WebhookAddressRefusal.Private,
        100 when (b[1] & 0xC0) == 64 => WebhookAddressRefusal.SharedAddressSpace,
        127 => WebhookAddressRefusal.Loopback,
        169 when b[1] == 254 => WebhookAddressRefusal.LinkLocal,
        172 when (b[1] & 0xF0) == 16 => WebhookAddressRefusal.Private,
        192 when b[1] == 168 => WebhookAddressRefusal.Private,
        192 when b[1] == 0 && b[2] == 0 => WebhookAddressRefusal.Reserved,
        198 when (b[1] & 0xFE) == 18 => WebhookAddressRefusal.Reserved,
        >= 224 and <= 239 => WebhookAddressRefusal.Multicast,
        >= 240 => WebhookAddressRefusal.Reserved,
        _ => null,
    };

    private static WebhookAddressRefusal? V6(byte[] b)
    {
        if (b.Take(15).All(x => x == 0)) return b[15] switch
        {
            0 => WebhookAddressRefusal.Unspecified,
            1 => WebhookAddressRefusal.Loopback,
            _ => WebhookAddressRefusal.Reserved,
        };
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that the packets end up at.
        if (Starts(b, 0x00, 0x64, 0xFF, 0x9B) && b.Skip(4).Take(8).All(x => x == 0)) return Refusal(new IPAddress(b[12..16]));
        if (Starts(b, 0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01)) return WebhookAddressRefusal.Private;
        if (Starts(b, 0x20, 0x02)) return Refusal(new IPAddress(b[2..6]));
        if ((b[0] & 0xFE) == 0xFC) return WebhookAddressRefusal.Private;
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return WebhookAddressRefusal.LinkLocal;
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return WebhookAddressRefusal.Private;
        if (b[0] == 0xFF) return WebhookAddressRefusal.Multicast;
        // Global unicast is 2000::/3, less the protocol assignments of 2001::/23 (Teredo tunnels among them).
        if ((b[0] & 0xE0) != 0x20) return WebhookAddressRefusal.Reserved;
        if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xFE) == 0) return WebhookAddressRefusal.Reserved;
        return null;
    }

    private static bool Starts(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);
}
