using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The portal never calls into its own network on an admin's say: an endpoint whose host resolves inside a network is refused
/// when it is saved, naming the address and why, and a delivery connects only to an address vetted at that moment.
/// </summary>
public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks", "127.0.0.1", "127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("http://[::1]/hooks", "::1", "::1", WebhookAddressRefusal.Loopback)]
    [InlineData("http://2130706433/hooks", "127.0.0.1", "127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("http://0x7f.1/hooks", "127.0.0.1", "127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("http://[::ffff:127.0.0.1]/hooks", "::ffff:127.0.0.1", "::ffff:127.0.0.1", WebhookAddressRefusal.Loopback)]
    [InlineData("http://0.0.0.0:5000/", "0.0.0.0", "0.0.0.0", WebhookAddressRefusal.Unspecified)]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "169.254.169.254", WebhookAddressRefusal.Metadata)]
    [InlineData("http://100.100.100.200/latest/meta-data/", "100.100.100.200", "100.100.100.200", WebhookAddressRefusal.Metadata)]
    [InlineData("https://10.20.30.40/erp", "10.20.30.40", "10.20.30.40", WebhookAddressRefusal.Private)]
    [InlineData("https://172.20.0.2/erp", "172.20.0.2", "172.20.0.2", WebhookAddressRefusal.Private)]
    [InlineData("https://192.168.1.20/erp", "192.168.1.20", "192.168.1.20", WebhookAddressRefusal.Private)]
    [InlineData("https://[fd12::2]/erp", "fd12::2", "fd12::2", WebhookAddressRefusal.Private)]
    [InlineData("https://[fe80::1]/erp", "fe80::1", "fe80::1", WebhookAddressRefusal.LinkLocal)]
    [InlineData("https://100.64.1.1/erp", "100.64.1.1", "100.64.1.1", WebhookAddressRefusal.SharedAddressSpace)]
    [InlineData("https://239.1.1.1/erp", "239.1.1.1", "239.1.1.1", WebhookAddressRefusal.Multicast)]
    public async Task An_endpoint_at_an_address_inside_a_network_is_refused_naming_the_address_and_why(string url, string host, string address,
        WebhookAddressRefusal refusal)
    {
        await using var database = await DatabaseAsync(allowReceiver: false);
        var admin = await AdminServiceAsync(database);

        var created = await admin.CreateAsync(new WebhookEndpointDraft(url, "ERP", WebhookEvents.All));

        var problem = Assert.Single(created.Problems);
        Assert.Equal((WebhookTargetRules.ProblemCode(refusal), "Url"), (problem.Code, problem.Field));
        Assert.Equal([host, address], problem.Args.Select(a => a.ToString()));
        Assert.Empty(await admin.ListEndpointsAsync());
    }

    [Fact]
    public async Task A_name_that_resolves_inside_the_network_is_refused_also_when_only_one_of_its_addresses_is()
    {
        var dns = new TestHostResolver();
        dns.Point("erp.example.cn", PublicAddress, "10.0.0.7");
        await using var database = await DatabaseAsync(dns, allowReceiver: false);
        var admin = await AdminServiceAsync(database);

        var local = await admin.CreateAsync(new WebhookEndpointDraft("http://localhost:5000/hooks", "", WebhookEvents.All));
        var mixed = await admin.CreateAsync(new WebhookEndpointDraft("https://erp.example.cn/hooks", "", WebhookEvents.All));

        Assert.Equal((WebhookTargetRules.ProblemCode(WebhookAddressRefusal.Loopback), "localhost"),
            (Assert.Single(local.Problems).Code, Assert.Single(local.Problems).Args[0]));
        Assert.Equal([WebhookTargetRules.ProblemCode(WebhookAddressRefusal.Private), "Url", "erp.example.cn", "10.0.0.7"],
            new object?[] { mixed.Problems[0].Code, mixed.Problems[0].Field }.Concat(mixed.Problems[0].Args));
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_refused_and_a_public_one_is_saved()
    {
        await using var database = await DatabaseAsync(allowReceiver: false);
        var admin = await AdminServiceAsync(database);

        var unknown = await admin.CreateAsync(new WebhookEndpointDraft("https://erp.nowhere.test/hooks", "", WebhookEvents.All));
        var known = await admin.CreateAsync(new WebhookEndpointDraft("https://erp.example.cn/hooks", "", WebhookEvents.All));

        Assert.Equal(new Problem(WebhookTargetRules.UnresolvedProblem, "Url", "erp.nowhere.test").Code, Assert.Single(unknown.Problems).Code);
        Assert.Equal("erp.nowhere.test", unknown.Problems[0].Args[0]);
        Assert.True(known.Succeeded);
    }

    [Fact]
    public async Task Changing_an_endpoint_to_an_internal_address_is_refused_and_keeps_the_old_one()
    {
        await using var database = await DatabaseAsync(allowReceiver: false);
        var admin = await AdminServiceAsync(database);
        var endpoint = await EndpointAsync(database, "https://erp.example.cn/hooks");

        var changed = await admin.UpdateAsync(endpoint.EndpointId, new WebhookEndpointDraft("http://169.254.169.254/", "", WebhookEvents.All));

        Assert.Equal(WebhookTargetRules.ProblemCode(WebhookAddressRefusal.Metadata), Assert.Single(changed.Problems).Code);
        Assert.Equal("https://erp.example.cn/hooks", Assert.Single(await admin.ListEndpointsAsync()).Url);
    }

    [Fact]
    public async Task A_host_the_settings_allow_is_saved_although_it_is_on_loopback()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);

        var allowed = await admin.CreateAsync(new WebhookEndpointDraft("http://127.0.0.1:8080/hooks", "", WebhookEvents.All));
        var other = await admin.CreateAsync(new WebhookEndpointDraft("http://127.0.0.2:8080/hooks", "", WebhookEvents.All));

        Assert.True(allowed.Succeeded);
        Assert.Equal(WebhookTargetRules.ProblemCode(WebhookAddressRefusal.Loopback), Assert.Single(other.Problems).Code);
    }

    [Fact]
    public async Task A_name_that_points_inside_the_network_after_it_was_saved_gets_no_request()
    {
        var dns = new TestHostResolver();
        await using var database = await DatabaseAsync(dns);
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        var url = receiver.Url.Replace(ReceiverHost, "erp.example.cn", StringComparison.Ordinal);
        receiver.Secret = (await EndpointAsync(database, url, WebhookEvents.OrderApproved)).Secret;
        // DNS rebinding: the attacker's name now answers with the address of a service inside the network.
        dns.Point("erp.example.cn", ReceiverHost);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        var result = await Dispatcher(database, clock).RunOnceAsync();

        Assert.Equal(new WebhookRunResult(2, 0, 1, 0), result);
        Assert.Empty(receiver.Requests);
        var d = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (d.Status, d.Attempts, d.LastStatusCode));
        Assert.StartsWith("Not sent: erp.example.cn resolves to 127.0.0.1, a loopback address", d.LastError);
    }

    [Fact]
    public async Task A_delivery_connects_to_the_address_it_vetted_and_an_allowed_name_reaches_its_receiver()
    {
        var dns = new TestHostResolver();
        dns.Point("erp.intranet", ReceiverHost);
        await using var database = await TestDatabase.CreateAsync(
            settings: new Dictionary<string, string?> { ["Webhooks:AllowedHosts:0"] = "erp.intranet" },
            services: s => s.AddSingleton<WebhookHostResolver>(dns));
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        receiver.Secret = (await EndpointAsync(database, receiver.Url.Replace(ReceiverHost, "erp.intranet", StringComparison.Ordinal),
            WebhookEvents.OrderApproved)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        Assert.Equal(new WebhookRunResult(2, 1, 0, 0), await Dispatcher(database, clock).RunOnceAsync());

        Assert.True(Assert.Single(receiver.Requests).SignatureValid);
        // An allowed host is not looked up when it is saved; the connection went through the portal's own look-up.
        Assert.Equal(1, dns.Lookups["erp.intranet"]);
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 302, clock.GetUtcNow);
        receiver.Location = "http://169.254.169.254/latest/meta-data/";
        receiver.Secret = (await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        await Dispatcher(database, clock).RunOnceAsync();

        Assert.Single(receiver.Requests);
        var d = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 302, "HTTP 302"), (d.Status, d.LastStatusCode, d.LastError));
    }
}
