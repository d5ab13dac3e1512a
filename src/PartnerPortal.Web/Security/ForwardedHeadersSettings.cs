using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PartnerPortal.Web.Security;

/// <summary>
/// The "ForwardedHeaders" settings: which proxies in front of the portal are trusted to say, in X-Forwarded-For and
/// X-Forwarded-Proto, who the client is and that it came over HTTPS. Behind a TLS proxy that makes HSTS and Secure cookies
/// work and the throttles count real client addresses. Only loopback is trusted by default (a proxy on the same machine);
/// the headers of anyone else are ignored, so a client cannot pretend to be another address.
/// </summary>
public static class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Fills <paramref name="options"/> from the settings; a wrong address or network stops the portal at start-up, naming it.</summary>
    public static void Apply(IConfiguration configuration, ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var section = configuration.GetSection(Section);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return;
        // Configured lists replace the loopback default: list 127.0.0.1 as well when a proxy also runs on this machine.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (!IPAddress.TryParse(proxy?.Trim(), out var address))
                throw new InvalidOperationException($"The setting {Section}:KnownProxies has '{proxy}', which is not an IP address.");
            options.KnownProxies.Add(address);
        }
        foreach (var network in networks)
        {
            if (!System.Net.IPNetwork.TryParse(network?.Trim(), out var parsed))
                throw new InvalidOperationException($"The setting {Section}:KnownNetworks has '{network}', which is not a network such as 10.0.0.0/8.");
            options.KnownIPNetworks.Add(parsed);
        }
    }
}
