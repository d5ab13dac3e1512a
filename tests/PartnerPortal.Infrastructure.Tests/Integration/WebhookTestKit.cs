using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>The webhook services as the tests drive them: endpoints made by the admin, a dispatcher on a clock the test moves.</summary>
internal static class WebhookTestKit
{
    /// <summary>The receivers' address: the tests' receivers run on loopback, which the portal calls only when the settings allow it.</summary>
    public const string ReceiverHost = "127.0.0.1";

    /// <summary>A public documentation address (RFC 5737) that the tests' made-up receiver names resolve to.</summary>
    public const string PublicAddress = "203.0.113.80";

    /// <summary>Allows the loopback receivers, as an admin would allow an ERP inside the company's network.</summary>
    public static readonly IReadOnlyDictionary<string, string?> AllowReceiverSettings = new Dictionary<string, string?>
    {
        ["Webhooks:AllowedHosts:0"] = ReceiverHost,
    };

    /// <summary>
    /// A demo database whose portal allows the loopback receivers (<see cref="AllowReceiverSettings"/>) and resolves host names
    /// with <paramref name="dns"/>: by default every name under example.cn is at <see cref="PublicAddress"/> (the tests have no DNS).
    /// </summary>
    public static Task<TestDatabase> DatabaseAsync(TestHostResolver? dns = null, bool allowReceiver = true) =>
        TestDatabase.CreateAsync(settings: allowReceiver ? new Dictionary<string, string?>(AllowReceiverSettings) : null,
            services: s => s.AddSingleton<WebhookHostResolver>(dns ?? new TestHostResolver()));

    public static async Task<WebhookAdminService> AdminServiceAsync(TestDatabase database, TimeProvider? clock = null)
    {
        var admin = await CallerAsync(database, DemoUsers.Admin);
        return new WebhookAdminService(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), admin),
            admin, clock ?? TimeProvider.System, database.Services.GetRequiredService<WebhookSecretProtector>(),
            database.Services.GetRequiredService<WebhookTargetGuard>());
    }

    /// <summary>Registers an endpoint as the admin does; returns its id and the secret shown once.</summary>
    public static async Task<WebhookSecret> EndpointAsync(TestDatabase database, string url, params string[] events)
    {
        var created = await (await AdminServiceAsync(database)).CreateAsync(new WebhookEndpointDraft(url, "ERP", events.Length > 0 ? events : WebhookEvents.All));
        Assert.True(created.Succeeded, string.Join(", ", created.Problems));
        return created.Value!;
    }

    /// <param name="secrets">Another key ring's protector, to act as a portal that cannot read the stored secrets; the database's by default.</param>
    public static WebhookDispatcher Dispatcher(TestDatabase database, TimeProvider clock, WebhookOptions? options = null,
        WebhookSecretProtector? secrets = null) =>
        new(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new FakeCurrentUserAccessor()),
            database.Services.GetRequiredService<IHttpClientFactory>(), Options.Create(options ?? new WebhookOptions()), clock,
            secrets ?? database.Services.GetRequiredService<WebhookSecretProtector>(), NullLogger<WebhookDispatcher>.Instance);

    /// <summary>The stored secret column of an endpoint as the database holds it, read with plain SQL.</summary>
    public static async Task<string> StoredSecretAsync(TestDatabase database, int endpointId)
    {
        await using var connection = new SqliteConnection("Data Source=" + database.FilePath);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ProtectedSecret FROM WebhookEndpoints WHERE Id = $id";
        command.Parameters.AddWithValue("$id", endpointId);
        return (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No endpoint {endpointId}."));
    }

    /// <summary>Writes the stored secret column directly, as a row written before secrets were protected would hold it.</summary>
    public static async Task StoreSecretAsync(TestDatabase database, int endpointId, string stored)
    {
        await using var connection = new SqliteConnection("Data Source=" + database.FilePath);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE WebhookEndpoints SET ProtectedSecret = $stored WHERE Id = $id";
        command.Parameters.AddWithValue("$stored", stored);
        command.Parameters.AddWithValue("$id", endpointId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

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
