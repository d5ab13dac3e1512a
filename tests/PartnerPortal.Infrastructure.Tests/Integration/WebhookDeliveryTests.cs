using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>Deliveries to a real receiver on loopback: signed, retried after a 500, and not lost when the portal stops in between.</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task The_receiver_verifies_each_signed_delivery_and_a_500_is_retried_until_delivered()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(now: clock.GetUtcNow);
        receiver.Secret = (await EndpointAsync(database, receiver.Url)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var dispatcher = Dispatcher(database, clock);

        Assert.Equal(new WebhookRunResult(2, 0, 2, 0), await dispatcher.RunOnceAsync());
        Assert.All(await DeliveriesAsync(database), d => Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (d.Status, d.Attempts, d.LastStatusCode)));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new WebhookRunResult(0, 2, 0, 0), await dispatcher.RunOnceAsync());

        var deliveries = await DeliveriesAsync(database);
        Assert.All(deliveries, d => Assert.Equal((WebhookDeliveryStatus.Delivered, 2, 200, "", clock.GetUtcNow()),
            (d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.DeliveredAt!.Value)));
        var requests = receiver.Requests.ToList();
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        foreach (var d in deliveries)
        {
            var sent = requests.Where(r => r.EventId == d.Event!.EventId.ToString()).ToList();
            Assert.Equal([500, 200], sent.Select(r => r.AnsweredWith));
            Assert.All(sent, r =>
            {
                Assert.Equal((d.Event!.Type, d.Id.ToString(), d.Event.Payload), (r.Event, r.Delivery, r.Body));
                Assert.StartsWith("application/json", r.ContentType);
                Assert.Equal(WebhookSignature.Compute(receiver.Secret, long.Parse(r.Timestamp!), r.Body), r.Signature);
            });
            Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(), sent[1].Timestamp);
        }
    }

    [Fact]
    public async Task A_receiver_with_another_secret_refuses_the_delivery()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved);
        receiver.Secret = WebhookAdminService.NewSecret();
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        await Dispatcher(database, clock).RunOnceAsync();

        Assert.False(Assert.Single(receiver.Requests).SignatureValid);
        var d = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 401), (d.Status, d.LastStatusCode));
    }

    [Fact]
    public async Task Events_written_while_no_dispatcher_runs_are_delivered_exactly_once_by_the_next_portal_on_the_same_database()
    {
        await using var database = await DatabaseAsync();
        await using var receiver = await TestReceiver.StartAsync(_ => 200);
        var dealer = await DealerOfAsync(database, "P0001");
        var admin = await CallerAsync(database, DemoUsers.Admin);
        var product = await ProductAsync(database, "AC-1001");
        // Both portals keep their key ring in this folder, as one portal restarted would: the second reads the secret the first stored.
        var keys = Path.Combine(TestDatabase.Folder, "keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            await DeliverAcrossRestartAsync(database, receiver, keys, dealer, admin, product.Id);
        }
        finally
        {
            if (Directory.Exists(keys)) Directory.Delete(keys, recursive: true);
        }
    }

    private static async Task DeliverAcrossRestartAsync(TestDatabase database, TestReceiver receiver, string keys,
        ICurrentUserAccessor dealer, ICurrentUserAccessor admin, int productId)
    {
        // The first portal makes the endpoint and writes orders with its dispatcher off, then stops before anything is sent.
        using (var first = await StartPortalAsync(database.FilePath, keys, webhooks: false))
        {
            var contexts = first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            var endpoints = new WebhookAdminService(new PortalDbContextFactory(contexts, admin), admin, TimeProvider.System,
                first.Services.GetRequiredService<WebhookSecretProtector>(), first.Services.GetRequiredService<WebhookTargetGuard>());
            receiver.Secret = (await endpoints.CreateAsync(new WebhookEndpointDraft(receiver.Url, "ERP", WebhookEvents.All))).Value!.Secret;
            var orders = new OrderSubmissionService(new PortalDbContextFactory(contexts, dealer), dealer, TimeProvider.System,
                first.Services.GetRequiredService<IOptions<OrderingOptions>>());
            for (var i = 0; i < 3; i++)
            {
                var result = await orders.SubmitAsync(new OrderRequest(Guid.NewGuid().ToString("N"), [new RequestedLine(productId, 2)]));
                Assert.True(result.Outcome == SubmissionOutcome.Approved, string.Join(", ", result.Problems.Select(p => $"{p.Code} {p.Field} {string.Join(' ', p.Args)}")));
            }
            await first.StopAsync();
        }
        SqliteConnection.ClearAllPools();
        var events = await OutboxAsync(database);
        Assert.Equal(6, events.Count);
        Assert.All(events, e => Assert.Null(e.DispatchedAt));
        Assert.Empty(await DeliveriesAsync(database));
        Assert.Empty(receiver.Requests);

        // The next portal on the same file sends each of them, once.
        using (var second = await StartPortalAsync(database.FilePath, keys, webhooks: true))
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await DeliveriesAsync(database)) is var d && (d.Count < events.Count || d.Any(x => x.Status != WebhookDeliveryStatus.Delivered)))
            {
                Assert.True(DateTime.UtcNow < deadline, "The deliveries were not all delivered within 30 seconds.");
                await Task.Delay(50);
            }
            await Task.Delay(500); // several more polls: nothing is sent twice
            await second.StopAsync();
        }

        var requests = receiver.Requests.ToList();
        Assert.Equal(events.Select(e => e.EventId.ToString()).Order(), requests.Select(r => r.EventId).Order());
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        Assert.All(await DeliveriesAsync(database), d => Assert.Equal((WebhookDeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
    }

    /// <summary>
    /// The portal's services on the database file with the key ring in <paramref name="keys"/>, hosted as the app hosts them,
    /// with or without the webhook worker.
    /// </summary>
    private static async Task<IHost> StartPortalAsync(string file, string keys, bool webhooks)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=" + file,
            ["Seed:DemoData"] = "false",
            ["Rebates:BackgroundAccruals"] = "false",
            ["Webhooks:Enabled"] = webhooks ? "true" : "false",
            ["Webhooks:PollSeconds"] = "0.05",
            ["DataProtection:KeysFolder"] = keys,
            ["Webhooks:AllowedHosts:0"] = ReceiverHost,
        });
        builder.Services.AddLogging().AddPortalInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUserAccessor>(new FakeCurrentUserAccessor());
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
