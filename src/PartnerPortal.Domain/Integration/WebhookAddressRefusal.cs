namespace PartnerPortal.Domain.Integration;

/// <summary>Why the portal will not send a webhook to an address: each kind of address that leads inside a network.</summary>
public enum WebhookAddressRefusal
{
    /// <summary>0.0.0.0/8 or ::, which the operating system takes as "this host".</summary>
    Unspecified,
    /// <summary>127.0.0.0/8 or ::1: the portal's own server.</summary>
    Loopback,
    /// <summary>10/8, 172.16/12, 192.168/16, fc00::/7 (unique local), fec0::/10 (site local), 64:ff9b:1::/48 (local NAT64).</summary>
    Private,
    /// <summary>100.64.0.0/10, carrier-grade NAT; clouds put internal services there (100.100.100.200 is Alibaba Cloud's metadata).</summary>
    SharedAddressSpace,
    /// <summary>169.254.0.0/16 or fe80::/10.</summary>
    LinkLocal,
    /// <summary>A cloud's instance metadata service, which hands out credentials.</summary>
    Metadata,
    /// <summary>224.0.0.0/4 or ff00::/8.</summary>
    Multicast,
    /// <summary>Not a public unicast address: 240/4 and the broadcast address, 192.0.0/24, 198.18/15, IPv6 outside 2000::/3, 2001::/23.</summary>
    Reserved,
}
