using System.Net;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Domain.Tests.Integration;

public sealed class WebhookTargetRulesTests
{
    [Theory]
    [InlineData("127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("127.255.255.254", WebhookAddressRefusal.Loopback)]
    [InlineData("::1", WebhookAddressRefusal.Loopback)]
    [InlineData("::ffff:127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("0.0.0.0", WebhookAddressRefusal.Unspecified)]
    [InlineData("0.1.2.3", WebhookAddressRefusal.Unspecified)]
    [InlineData("::", WebhookAddressRefusal.Unspecified)]
    [InlineData("10.0.0.1", WebhookAddressRefusal.Private)]
    [InlineData("10.255.255.255", WebhookAddressRefusal.Private)]
    [InlineData("172.16.0.1", WebhookAddressRefusal.Private)]
    [InlineData("172.31.255.255", WebhookAddressRefusal.Private)]
    [InlineData("192.168.1.10", WebhookAddressRefusal.Private)]
    [InlineData("::ffff:192.168.1.10", WebhookAddressRefusal.Private)]
    [InlineData("::ffff:10.1.2.3", WebhookAddressRefusal.Private)]
    [InlineData("fc00::1", WebhookAddressRefusal.Private)]
    [InlineData("fd12:3456:789a::1", WebhookAddressRefusal.Private)]
    [InlineData("fec0::1", WebhookAddressRefusal.Private)]
    [InlineData("64:ff9b:1::a00:1", WebhookAddressRefusal.Private)]
    [InlineData("100.64.0.1", WebhookAddressRefusal.SharedAddressSpace)]
    [InlineData("100.127.255.255", WebhookAddressRefusal.SharedAddressSpace)]
    [InlineData("169.254.0.1", WebhookAddressRefusal.LinkLocal)]
    [InlineData("fe80::1", WebhookAddressRefusal.LinkLocal)]
    [InlineData("febf::1", WebhookAddressRefusal.LinkLocal)]
    [InlineData("fe80::1%2", WebhookAddressRefusal.LinkLocal)]
    [InlineData("169.254.169.254", WebhookAddressRefusal.Metadata)]
    [InlineData("::ffff:169.254.169.254", WebhookAddressRefusal.Metadata)]
    [InlineData("169.254.170.2", WebhookAddressRefusal.Metadata)]
    [InlineData("100.100.100.200", WebhookAddressRefusal.Metadata)]
    [InlineData("168.63.129.16", WebhookAddressRefusal.Metadata)]
    [InlineData("fd00:ec2::254", WebhookAddressRefusal.Metadata)]
    [InlineData("224.0.0.1", WebhookAddressRefusal.Multicast)]
    [InlineData("239.255.255.250", WebhookAddressRefusal.Multicast)]
    [InlineData("ff02::1", WebhookAddressRefusal.Multicast)]
    [InlineData("240.0.0.1", WebhookAddressRefusal.Reserved)]
    [InlineData("255.255.255.255", WebhookAddressRefusal.Reserved)]
    [InlineData("192.0.0.8", WebhookAddressRefusal.Reserved)]
    [InlineData("198.18.0.1", WebhookAddressRefusal.Reserved)]
    [InlineData("198.19.255.255", WebhookAddressRefusal.Reserved)]
    [InlineData("::127.0.0.1", WebhookAddressRefusal.Reserved)]
    [InlineData("100::1", WebhookAddressRefusal.Reserved)]
    [InlineData("2001::1", WebhookAddressRefusal.Reserved)]
    [InlineData("2001:1ff::1", WebhookAddressRefusal.Reserved)]
    [InlineData("4000::1", WebhookAddressRefusal.Reserved)]
    // 6to4 and NAT64 addresses end up at the IPv4 address inside them.
    [InlineData("2002:7f00:1::1", WebhookAddressRefusal.Loopback)]
    [InlineData("2002:a9fe:a9fe::1", WebhookAddressRefusal.Metadata)]
    [InlineData("64:ff9b::c0a8:101", WebhookAddressRefusal.Private)]
    [InlineData("64:ff9b::7f00:1", WebhookAddressRefusal.Loopback)]
    public void An_address_inside_a_network_is_refused_with_its_kind(string address, WebhookAddressRefusal expected) =>
        Assert.Equal(expected, WebhookTargetRules.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("2130706433", WebhookAddressRefusal.Loopback)]
    [InlineData("0x7f.1", WebhookAddressRefusal.Loopback)]
    [InlineData("0177.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("0xa9fea9fe", WebhookAddressRefusal.Metadata)]
    public void An_address_written_as_a_number_is_refused_as_the_address_it_is(string written, WebhookAddressRefusal expected) =>
        Assert.Equal(expected, WebhookTargetRules.Refusal(IPAddress.Parse(written)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("203.0.113.10")]
    [InlineData("::ffff:93.184.215.14")]
    [InlineData("2400:3200::1")]
    [InlineData("2001:200::1")]
    [InlineData("2002:5db8:d70e::1")]
    [InlineData("64:ff9b::5db8:d70e")]
    [InlineData("3fff:ffff::1")]
    public void A_public_address_is_allowed(string address) =>
        Assert.Null(WebhookTargetRules.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("erp.intranet", "erp.intranet", true)]
    [InlineData("ERP.Intranet.", "erp.intranet", true)]
    [InlineData("erp.intranet", " erp.intranet ", true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("::1", "[::1]", true)]
    [InlineData("[::1]", "0:0::1", true)]
    [InlineData("erp.intranet", "intranet", false)]
    [InlineData("evil-erp.intranet", "erp.intranet", false)]
    [InlineData("127.0.0.2", "127.0.0.1", false)]
    [InlineData("localhost", "127.0.0.1", false)]
    [InlineData("erp.intranet", "", false)]
    [InlineData("", "", false)]
    public void A_host_is_allowed_only_when_the_setting_names_it(string host, string allowed, bool expected) =>
        Assert.Equal(expected, WebhookTargetRules.IsAllowedHost(host, [allowed]));

    [Fact]
    public void Each_refusal_has_its_own_message_code() =>
        Assert.Equal(Enum.GetValues<WebhookAddressRefusal>().Length,
            Enum.GetValues<WebhookAddressRefusal>().Select(WebhookTargetRules.ProblemCode).Distinct().Count());
}
