using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// Stored secrets the key ring cannot read (another key ring, or a secret stored in plain text): nothing is sent, the
/// attempt fails telling the admin to rotate the secret, and rotating makes the endpoint work again.
/// </summary>
public sealed class WebhookSecretProtectionTests
{
    [Fact]
    public async Task A_secret_protected_by_another_key_ring_is_never_sent_and_the_attempts_fail_telling_to_rotate_the_secret()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        var created = await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved);
        var stored = await StoredSecretAsync(database, created.EndpointId);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        // A portal whose key ring is not the one the secret was protected with (the keys folder lost or replaced).
        var otherRing = new WebhookSecretProtector(new EphemeralDataProtectionProvider());
        var dispatcher = Dispatcher(database, clock, new WebhookOptions { MaxAttempts = 2, FirstRetrySeconds = 10 }, otherRing);

        Assert.Equal(new WebhookRunResult(2, 0, 1, 0), await dispatcher.RunOnceAsync());
        var retrying = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null, WebhookDispatcher.UnreadableSecretError, clock.GetUtcNow().AddSeconds(10)),
            (retrying.Status, retrying.Attempts, retrying.LastStatusCode, retrying.LastError, retrying.NextAttemptAt));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new WebhookRunResult(0, 0, 0, 1), await dispatcher.RunOnceAsync());

        var failed = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Failed, 2, WebhookDispatcher.UnreadableSecretError), (failed.Status, failed.Attempts, failed.LastError));
        Assert.Empty(receiver.Requests);
        Assert.DoesNotContain(created.Secret, failed.LastError);
        Assert.DoesNotContain(stored, failed.LastError);
        // The secret is still there and good for the key ring that protected it.
        Assert.True(database.Services.GetRequiredService<WebhookSecretProtector>().TryUnprotect(stored, out var plain));
        Assert.Equal(created.Secret, plain);
    }

    [Fact]
    public async Task Rotating_the_secret_on_the_portal_with_the_new_key_ring_makes_the_endpoint_deliver_again()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        var created = await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var newRing = new WebhookSecretProtector(new EphemeralDataProtectionProvider());
        var dispatcher = Dispatcher(database, clock, new WebhookOptions { MaxAttempts = 1 }, newRing);
        Assert.Equal(new WebhookRunResult(2, 0, 0, 1), await dispatcher.RunOnceAsync());
        var admin = await CallerAsync(database, DemoUsers.Admin);
        var endpoints = new WebhookAdminService(
            new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), admin), admin, clock, newRing,
            database.Services.GetRequiredService<WebhookTargetGuard>());
        Assert.False(Assert.Single(await endpoints.ListEndpointsAsync()).SecretReadable);

        receiver.Secret = (await endpoints.RotateSecretAsync(created.EndpointId)).Value!.Secret;
        Assert.True((await endpoints.RedeliverAsync(Assert.Single(await DeliveriesAsync(database)).Id)).Succeeded);
        Assert.Equal(new WebhookRunResult(0, 1, 0, 0), await dispatcher.RunOnceAsync());

        var request = Assert.Single(receiver.Requests);
        Assert.True(request.SignatureValid);
        Assert.True(Assert.Single(await endpoints.ListEndpointsAsync()).SecretReadable);
        var delivered = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 200, ""), (delivered.Status, delivered.LastStatusCode, delivered.LastError));
    }

    [Fact]
    public async Task A_secret_stored_in_plain_text_before_secrets_were_protected_is_treated_like_a_lost_key()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        var created = await EndpointAsync(database, receiver.Url, WebhookEvents.OrderApproved);
        receiver.Secret = WebhookAdminService.NewSecret();
        await StoreSecretAsync(database, created.EndpointId, receiver.Secret);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));

        Assert.Equal(new WebhookRunResult(2, 0, 1, 0), await Dispatcher(database, clock).RunOnceAsync());

        var d = Assert.Single(await DeliveriesAsync(database));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null, WebhookDispatcher.UnreadableSecretError),
            (d.Status, d.Attempts, d.LastStatusCode, d.LastError));
        Assert.Empty(receiver.Requests);
        // The admin's list says so before anyone reads the deliveries.
        await database.SignInAsync(DemoUsers.Admin);
        Assert.False(Assert.Single(await database.Get<WebhookAdminService>().ListEndpointsAsync()).SecretReadable);
    }

    [Fact]
    public async Task An_endpoint_with_a_plain_secret_from_before_the_upgrade_loses_it_and_works_again_once_rotated()
    {
        await using var database = await DatabaseAsync();
        var clock = new ManualClock();
        await using var receiver = await TestReceiver.StartAsync(_ => 200, clock.GetUtcNow);
        const string plainSecret = "q7Jx0n8ZB2v3k9WfR1tY5uE4iO6pA8sD0fG2hJ4kL6z";
        int endpointId;
        // The schema as it was when secrets were stored in plain text, with an endpoint written then.
        await using (var db = database.CreateRawContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("BackfillOrderChanges");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO WebhookEndpoints (Url, Description, Secret, Events, IsActive, CreatedAt) VALUES ({receiver.Url}, 'ERP', {plainSecret}, '[\"order.approved\"]', 1, 0)");
            endpointId = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM WebhookEndpoints").SingleAsync();
        }

        await database.InitializeAsync();

        var stored = await StoredSecretAsync(database, endpointId);
        Assert.DoesNotContain(plainSecret, stored);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var dispatcher = Dispatcher(database, clock);
        Assert.Equal(new WebhookRunResult(2, 0, 1, 0), await dispatcher.RunOnceAsync());
        Assert.Equal(WebhookDispatcher.UnreadableSecretError, Assert.Single(await DeliveriesAsync(database)).LastError);
        Assert.Empty(receiver.Requests);

        receiver.Secret = (await (await AdminServiceAsync(database, clock)).RotateSecretAsync(endpointId)).Value!.Secret;
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new WebhookRunResult(0, 1, 0, 0), await dispatcher.RunOnceAsync());
        Assert.True(Assert.Single(receiver.Requests).SignatureValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a protected value")]
    [InlineData("q7Jx0n8ZB2v3k9WfR1tY5uE4iO6pA8sD0fG2hJ4kL6z")]
    public void A_value_that_is_not_a_protected_secret_cannot_be_read(string stored)
    {
        var secrets = new WebhookSecretProtector(new EphemeralDataProtectionProvider());

        Assert.False(secrets.TryUnprotect(stored, out var plain));
        Assert.Equal("", plain);
    }

    [Fact]
    public void A_tampered_protected_secret_cannot_be_read()
    {
        var secrets = new WebhookSecretProtector(new EphemeralDataProtectionProvider());
        var stored = secrets.Protect(WebhookAdminService.NewSecret());
        var flipped = stored[..^5] + (stored[^5] == 'A' ? 'B' : 'A') + stored[^4..];

        Assert.False(secrets.TryUnprotect(flipped, out _));
    }
}
