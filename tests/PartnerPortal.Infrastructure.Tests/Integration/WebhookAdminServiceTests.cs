using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Integration.WebhookTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>Endpoints and deliveries as the admin manages them: validated, audited without the secret, admin only.</summary>
public sealed class WebhookAdminServiceTests
{
    [Fact]
    public async Task An_endpoint_gets_a_random_secret_shown_once_and_the_audit_log_never_holds_it()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);

        var created = await admin.CreateAsync(new WebhookEndpointDraft(" https://erp.example.cn/hooks ", " 金蝶 ERP ",
            [WebhookEvents.PaymentPosted, WebhookEvents.OrderSubmitted, WebhookEvents.PaymentPosted]));
        var storedAtCreation = await StoredSecretAsync(database, created.Value!.EndpointId);
        var rotated = await admin.RotateSecretAsync(created.Value.EndpointId);
        var storedAfterRotation = await StoredSecretAsync(database, created.Value.EndpointId);

        Assert.True(created.Succeeded && rotated.Succeeded);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", created.Value.Secret);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", rotated.Value!.Secret);
        Assert.NotEqual(created.Value.Secret, rotated.Value.Secret);
        var row = Assert.Single(await admin.ListEndpointsAsync());
        Assert.Equal(("https://erp.example.cn/hooks", "金蝶 ERP", true), (row.Url, row.Description, row.IsActive));
        Assert.Equal([WebhookEvents.OrderSubmitted, WebhookEvents.PaymentPosted], row.Events);
        await using var db = await database.CreateSystemContextAsync();
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(WebhookEndpoint)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([Domain.Auditing.AuditAction.Created, Domain.Auditing.AuditAction.Updated], audit.Select(e => e.Action));
        Assert.Equal(DemoUsers.Admin, audit[1].UserName);
        Assert.Contains("\"ProtectedSecret\":{\"old\":\"***\",\"new\":\"***\"}", audit[1].Changes);
        foreach (var secret in new[] { created.Value.Secret, rotated.Value.Secret, storedAtCreation, storedAfterRotation })
            Assert.All(audit, e => Assert.DoesNotContain(secret, e.Changes));
    }

    [Fact]
    public async Task The_database_holds_only_the_protected_secret_after_creating_and_after_rotating()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);
        var secrets = database.Services.GetRequiredService<WebhookSecretProtector>();

        var created = (await admin.CreateAsync(new WebhookEndpointDraft("https://erp.example.cn/hooks", "ERP", WebhookEvents.All))).Value!;
        var storedAtCreation = await StoredSecretAsync(database, created.EndpointId);
        var rotated = (await admin.RotateSecretAsync(created.EndpointId)).Value!;
        var storedAfterRotation = await StoredSecretAsync(database, created.EndpointId);

        foreach (var (stored, secret) in new[] { (storedAtCreation, created.Secret), (storedAfterRotation, rotated.Secret) })
        {
            Assert.NotEqual(secret, stored);
            Assert.DoesNotContain(secret, stored);
            Assert.True(stored.Length <= WebhookEndpoint.ProtectedSecretMaxLength, $"{stored.Length} characters");
            Assert.True(secrets.TryUnprotect(stored, out var plain));
            Assert.Equal(secret, plain);
        }
        Assert.DoesNotContain(created.Secret, storedAfterRotation);
        Assert.NotEqual(storedAtCreation, storedAfterRotation);
    }

    [Theory]
    [InlineData("", "Url", ProblemCodes.Required)]
    [InlineData("ftp://erp.example.cn/hooks", "Url", WebhookRules.InvalidUrlProblem)]
    [InlineData("/hooks", "Url", WebhookRules.InvalidUrlProblem)]
    [InlineData("erp.example.cn/hooks", "Url", WebhookRules.InvalidUrlProblem)]
    [InlineData("https://erp.example.cn/hooks", "Events", ProblemCodes.Required)]
    [InlineData("https://erp.example.cn/hooks", "Events", ProblemCodes.NotFound)]
    [InlineData("https://erp.example.cn/hooks", "Description", ProblemCodes.TooLong)]
    public async Task A_bad_url_no_or_unknown_events_and_a_long_description_are_named_and_nothing_is_saved(string url, string field, string code)
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);
        IReadOnlyList<string> events = field != "Events" ? [WebhookEvents.OrderApproved] : code == ProblemCodes.Required ? [] : ["order.deleted"];
        var description = field == "Description" ? new string('x', WebhookEndpoint.DescriptionMaxLength + 1) : "";

        var outcome = await admin.CreateAsync(new WebhookEndpointDraft(url, description, events));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((code, field), (problem.Code, problem.Field));
        Assert.Empty(await admin.ListEndpointsAsync());
    }

    [Fact]
    public async Task Editing_keeps_the_secret_deactivating_stops_new_deliveries_and_deleting_removes_the_deliveries()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);
        var endpoint = await EndpointAsync(database, "https://erp.example.cn/hooks", WebhookEvents.OrderSubmitted);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        var dispatcher = Dispatcher(database, new ManualClock());
        await dispatcher.FanOutAsync();

        Assert.True((await admin.UpdateAsync(endpoint.EndpointId, new WebhookEndpointDraft("http://erp.example.cn:8080/v2/hooks", "v2",
            [WebhookEvents.OrderApproved]))).Succeeded);
        Assert.True((await admin.SetActiveAsync(endpoint.EndpointId, false)).Succeeded);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        await dispatcher.FanOutAsync();

        var row = Assert.Single(await admin.ListEndpointsAsync());
        Assert.Equal(("http://erp.example.cn:8080/v2/hooks", "v2", false), (row.Url, row.Description, row.IsActive));
        Assert.Equal([WebhookEvents.OrderApproved], row.Events);
        Assert.True(database.Services.GetRequiredService<WebhookSecretProtector>().TryUnprotect(
            await StoredSecretAsync(database, endpoint.EndpointId), out var kept));
        Assert.Equal(endpoint.Secret, kept);
        Assert.Single(await DeliveriesAsync(database));
        Assert.Equal(0, (await dispatcher.SendDueAsync()).Retrying); // an inactive endpoint's pending delivery waits

        Assert.True((await admin.DeleteAsync(endpoint.EndpointId)).Succeeded);

        Assert.Empty(await admin.ListEndpointsAsync());
        Assert.Empty(await DeliveriesAsync(database));
        Assert.Equal(4, (await OutboxAsync(database)).Count);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await admin.DeleteAsync(endpoint.EndpointId)).Problems).Code);
    }

    [Fact]
    public async Task Deliveries_are_listed_newest_first_and_filtered_by_status_and_endpoint()
    {
        await using var database = await DatabaseAsync();
        var admin = await AdminServiceAsync(database);
        var erp = await EndpointAsync(database, "https://erp.example.cn/hooks");
        var wms = await EndpointAsync(database, "https://wms.example.cn/hooks", WebhookEvents.OrderApproved);
        await SubmitAsync(database, "P0001", SubmissionOutcome.Approved, ("AC-1001", 4));
        await Dispatcher(database, new ManualClock()).FanOutAsync();
        await using (var db = await database.CreateSystemContextAsync())
            await db.WebhookDeliveries.Where(d => d.EndpointId == wms.EndpointId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed).SetProperty(d => d.LastStatusCode, 503));

        var all = await admin.ListDeliveriesAsync(new PageRequest(0, 2), new WebhookDeliveryFilter());
        var failed = await admin.ListDeliveriesAsync(new PageRequest(), new WebhookDeliveryFilter(WebhookDeliveryStatus.Failed));
        var ofErp = await admin.ListDeliveriesAsync(new PageRequest(), new WebhookDeliveryFilter(EndpointId: erp.EndpointId));

        Assert.Equal(3, all.TotalCount);
        Assert.Equal(2, all.Items.Count);
        Assert.True(all.Items[0].Id > all.Items[1].Id);
        var row = Assert.Single(failed.Items);
        Assert.Equal((wms.EndpointId, "https://wms.example.cn/hooks", WebhookEvents.OrderApproved, 503), (row.EndpointId, row.EndpointUrl, row.EventType, row.LastStatusCode));
        Assert.Equal([WebhookEvents.OrderApproved, WebhookEvents.OrderSubmitted], ofErp.Items.Select(i => i.EventType));
    }

    [Fact]
    public async Task Only_an_admin_may_see_or_change_webhooks()
    {
        await using var database = await DatabaseAsync();
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var service = new WebhookAdminService(
            new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), manager), manager, TimeProvider.System,
            database.Services.GetRequiredService<WebhookSecretProtector>(), database.Services.GetRequiredService<WebhookTargetGuard>());

        await Assert.ThrowsAsync<ScopeViolationException>(() => service.ListEndpointsAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.CreateAsync(new WebhookEndpointDraft("https://x.cn", "", WebhookEvents.All)));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.RotateSecretAsync(1));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.ListDeliveriesAsync(new PageRequest(), new WebhookDeliveryFilter()));
        await Assert.ThrowsAsync<ScopeViolationException>(() => service.RedeliverAsync(1));
    }
}
