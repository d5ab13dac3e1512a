using System.Net;

namespace PartnerPortal.Web.Security;

/// <summary>The key a client address is counted under; IPv4 callers arriving over IPv6 sockets count as their IPv4 address.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } address ? Normalize(address).ToString() : "unknown";
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
