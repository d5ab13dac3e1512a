using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Fulfilment.FulfilmentTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>The webhook services as the tests drive them: endpoints made by the admin, a dispatcher on a clock the test moves.</summary>
internal static class WebhookTestKit
{
    public static async Task<WebhookAdminService> AdminServiceAsync(TestDatabase database, TimeProvider? clock = null)
    {
        var admin = await CallerAsync(database, DemoUsers.Admin);
        return new WebhookAdminService(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), admin),
            admin, clock ?? TimeProvider.System);
    }

    /// <summary>Registers an endpoint as the admin does; returns its id and the secret shown once.</summary>
    public static async Task<WebhookSecret> EndpointAsync(TestDatabase database, string url, params string[] events)
    {
        var created = await (await AdminServiceAsync(database)).CreateAsync(new WebhookEndpointDraft(url, "ERP", events.Length > 0 ? events : WebhookEvents.All));
        Assert.True(created.Succeeded, string.Join(", ", created.Problems));
        return created.Value!;
    }

    public static WebhookDispatcher Dispatcher(TestDatabase database, TimeProvider clock, WebhookOptions? options = null) =>
        new(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new FakeCurrentUserAccessor()),
            database.Services.GetRequiredService<IHttpClientFactory>(), Options.Create(options ?? new WebhookOptions()), clock,
            NullLogger<WebhookDispatcher>.Instance);

    public static async Task<List<OutboxEvent>> OutboxAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.OutboxEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public static async Task<List<WebhookDelivery>> DeliveriesAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.WebhookDeliveries.AsNoTracking().Include(d => d.Event).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>The payload's "data" object.</summary>
    public static JsonElement DataOf(OutboxEvent e) => JsonDocument.Parse(e.Payload).RootElement.GetProperty("data");

    /// <summary>A clock that moves only when the test says, from whole seconds of the real time (the receiver checks it).</summary>
    public sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by) => _now += by;
    }
}
