using System.Net;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>A delivery was not sent: its host resolved to an address inside the network that no setting allows.</summary>
public sealed class WebhookTargetRefusedException : Exception
{
    public WebhookTargetRefusedException(string host, IPAddress address, WebhookAddressRefusal refusal)
        : base($"Not sent: {host} resolves to {address}, {Describe(refusal)}. Webhooks are not sent into the portal's own network "
            + "unless the Webhooks:AllowedHosts setting names the host.")
    {
        Host = host;
        Address = address;
        Refusal = refusal;
    }

    public string Host { get; }
    public IPAddress Address { get; }
    public WebhookAddressRefusal Refusal { get; }

    private static string Describe(WebhookAddressRefusal refusal) => refusal switch
    {
        WebhookAddressRefusal.Unspecified => "an unspecified address (this server)",
        WebhookAddressRefusal.Loopback => "a loopback address (this server)",
        WebhookAddressRefusal.Private => "a private network address",
        WebhookAddressRefusal.SharedAddressSpace => "a shared (carrier-grade NAT) address",
        WebhookAddressRefusal.LinkLocal => "a link-local address",
        WebhookAddressRefusal.Metadata => "a cloud metadata service",
        WebhookAddressRefusal.Multicast => "a multicast address",
        _ => "a reserved address",
    };
}
