using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Keeps webhooks out of the portal's own network (<see cref="WebhookTargetRules"/>): an endpoint is refused when it is saved
/// if its host resolves to an address inside a network, and every delivery connects only to an address vetted at that
/// moment, so a name that resolved to a public address when it was saved and to 127.0.0.1 afterwards (DNS rebinding)
/// still gets nothing. <see cref="ConnectAsync"/> is the webhook client's connect callback: it resolves, vets and connects
/// to the same address, with no second look-up in between. Hosts in <see cref="WebhookOptions.AllowedHosts"/> are not vetted.
/// </summary>
public sealed class WebhookTargetGuard(IOptionsMonitor<WebhookOptions> options, WebhookHostResolver resolver)
{
    /// <summary>
    /// The problem with the host of <paramref name="url"/> (an absolute http(s) URL), for the field <paramref name="field"/>:
    /// it does not resolve, or one of its addresses is inside a network. Null when it may be called.
    /// </summary>
    public async Task<Problem?> CheckAsync(string url, string field, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = new Uri(url.Trim(), UriKind.Absolute).IdnHost;
        if (IsAllowed(host)) return null;
        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, ct);
        }
        catch (SocketException)
        {
            return new Problem(WebhookTargetRules.UnresolvedProblem, field, host);
        }
        if (addresses.Length == 0) return new Problem(WebhookTargetRules.UnresolvedProblem, field, host);
        foreach (var address in addresses)
        {
            if (WebhookTargetRules.Refusal(address) is { } refusal)
                return new Problem(WebhookTargetRules.ProblemCode(refusal), field, host, address.ToString());
        }
        return null;
    }

    /// <summary>
    /// Resolves <paramref name="host"/> and returns its addresses when every one of them may be called (all of them, for an
    /// allowed host). A name that also resolves to one inside a network is refused whole: it is not a plain public receiver.
    /// </summary>
    /// <exception cref="WebhookTargetRefusedException">An address is inside a network.</exception>
    /// <exception cref="SocketException">The name does not resolve.</exception>
    public async Task<IPAddress[]> VetAsync(string host, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var addresses = await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (IsAllowed(host)) return addresses;
        foreach (var address in addresses)
        {
            if (WebhookTargetRules.Refusal(address) is { } refusal) throw new WebhookTargetRefusedException(host, address, refusal);
        }
        return addresses;
    }

    /// <summary>The connect callback of the webhook client: a TCP connection to a vetted address of the request's host.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        SocketException? last = null;
        foreach (var address in await VetAsync(endpoint.Host, ct))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private bool IsAllowed(string host) => WebhookTargetRules.IsAllowedHost(host, options.CurrentValue.AllowedHosts);
}
