using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>Fan-out of the outbox to the subscribed endpoints, retries with a doubling wait, giving up, and redelivering.</summary>
public sealed class WebhookDispatchTests
{
    [Fact]
    public async Task Fan_out_makes_one_delivery_per_subscribed_active_endpoint_and_repeating_it_adds_none()
    {
        await using var database = await DatabaseAsync();
        var all = await EndpointAsync(database, "https://erp.example.cn/hooks");
        var approvals = await EndpointAsync(database, "https://wms.example.cn/hooks", WebhookEvents.OrderApproved);
        var inactive = await EndpointAsync(database, "https://old.example.cn/hooks");
        Assert.True((await (await AdminServiceAsync(database)).SetActiveAsync(inactive.EndpointId, false)).Succeeded);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var clock = new ManualClock();
        var dispatcher = Dispatcher(database, clock);

        Assert.Equal(2, await dispatcher.FanOutAsync());

        var deliveries = await DeliveriesAsync(database);
        Assert.Equal(
            [(all.EndpointId, WebhookEvents.OrderSubmitted), (all.EndpointId, WebhookEvents.OrderApproved), (approvals.EndpointId, WebhookEvents.OrderApproved)],
            deliveries.Select(d => (d.EndpointId, d.Event!.Type)));
        Assert.All(deliveries, d => Assert.Equal((WebhookDeliveryStatus.Pending, 0, clock.GetUtcNow()), (d.Status, d.Attempts, d.NextAttemptAt)));
        Assert.All(await OutboxAsync(database), e => Assert.Equal(clock.GetUtcNow(), e.DispatchedAt));

        Assert.Equal(0, await dispatcher.FanOutAsync());
        // Even an event fanned out again (as if it had not been marked) gets no second delivery to the same endpoint.
        await using (var db = await database.CreateSystemContextAsync())
            await db.OutboxEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.DispatchedAt, (DateTimeOffset?)null));
        Assert.Equal(2, await dispatcher.FanOutAsync());
        Assert.Equal(deliveries.Select(d => d.Id), (await DeliveriesAsync(database)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_after_10_20_and_40_seconds_and_the_delivery_fails_after_the_last_attempt()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 500, clock.GetUtcNow);
        receiver.Secret = (await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var dispatcher = Dispatcher(database, clock, new WebhookOptions { MaxAttempts = 4, FirstRetrySeconds = 10 });

        var schedule = new List<(int Attempts, WebhookDeliveryStatus Status, TimeSpan Wait)>();
        for (var run = 0; run < 4; run++)
        {
            var result = await dispatcher.RunOnceAsync();
            var d = Assert.Single(await DeliveriesAsync(database));
            schedule.Add((d.Attempts, d.Status, d.NextAttemptAt - clock.GetUtcNow()));
            Assert.Equal((500, clock.GetUtcNow()), (d.LastStatusCode, d.LastAttemptAt));
            Assert.StartsWith("HTTP 500", d.LastError);
            Assert.Equal(d.Status == WebhookDeliveryStatus.Failed ? 1 : 0, result.Failed);
            // Not due yet: nothing is sent before the wait is over.
            Assert.Equal(0, (await dispatcher.RunOnceAsync()).Retrying);
            clock.Advance(d.NextAttemptAt - clock.GetUtcNow());
        }

        Assert.Equal(
            [(1, WebhookDeliveryStatus.Pending, TimeSpan.FromSeconds(10)), (2, WebhookDeliveryStatus.Pending, TimeSpan.FromSeconds(20)),
                (3, WebhookDeliveryStatus.Pending, TimeSpan.FromSeconds(40))],
            schedule.Take(3));
        Assert.Equal((4, WebhookDeliveryStatus.Failed), (schedule[3].Attempts, schedule[3].Status));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new WebhookRunResult(0, 0, 0, 0), await dispatcher.RunOnceAsync());
        Assert.Equal(4, receiver.Requests.Count);
    }

    [Fact]
    public async Task No_answer_in_time_and_no_one_listening_count_as_failed_attempts()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        receiver.Delay = TimeSpan.FromSeconds(5);
        receiver.Secret = (await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved)).Secret;
        await EndpointAsync(database, "http://127.0.0.1:1/nobody", WebhookEvents.OrderApproved);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        var result = await Dispatcher(database, clock, new WebhookOptions { TimeoutSeconds = 0.5 }).RunOnceAsync();

        Assert.Equal(new WebhookRunResult(2, 0, 2, 0), result);
        var deliveries = await DeliveriesAsync(database);
        Assert.All(deliveries, d => Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (d.Status, d.Attempts, d.LastStatusCode)));
        Assert.Equal("No answer within 0.5 s", deliveries[0].LastError);
        Assert.NotEmpty(deliveries[1].LastError);
        Assert.All(deliveries, d => Assert.Equal(clock.GetUtcNow().AddSeconds(10), d.NextAttemptAt));
    }

    [Fact]
    public async Task Redelivering_sends_a_delivered_or_failed_delivery_once_more_and_keeps_its_attempts()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        var answers = new Queue<int>([200, 500, 500]);
        await using var receiver = await TestReceiver.StartAsync(_ => answers.Dequeue(), clock.GetUtcNow);
        receiver.Secret = (await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved)).Secret;
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var dispatcher = Dispatcher(database, clock, new WebhookOptions { MaxAttempts = 2 });
        await dispatcher.RunOnceAsync();
        var delivered = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (delivered.Status, delivered.Attempts, delivered.LastStatusCode));
        clock.Advance(TimeSpan.FromMinutes(5));
        var admin = await AdminServiceAsync(database, clock);

        Assert.True((await admin.RedeliverAsync(delivered.Id)).Succeeded);

        var again = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, clock.GetUtcNow(), (DateTimeOffset?)null),
            (again.Status, again.Attempts, again.NextAttemptAt, again.DeliveredAt));
        await dispatcher.RunOnceAsync();
        // The third attempt is past MaxAttempts: the receiver's 500 fails it for good.
        var failed = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Failed, 2, 500), (failed.Status, failed.Attempts, failed.LastStatusCode));

        Assert.True((await admin.RedeliverAsync(failed.Id)).Succeeded);
        await dispatcher.RunOnceAsync();
        var last = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Failed, 3), (last.Status, last.Attempts));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(r => r.EventId).Distinct());
    }
}
