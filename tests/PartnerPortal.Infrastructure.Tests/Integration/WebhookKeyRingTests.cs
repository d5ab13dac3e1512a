using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The key ring webhook secrets (and sign-in cookies) are protected with: kept in the configured folder, or next to the
/// SQLite file, so that the next portal process reads what the last one protected.
/// </summary>
public sealed class WebhookKeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(TestDatabase.Folder, "keyring-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_key_ring_is_kept_in_the_configured_folder_and_read_by_the_next_portal_process()
    {
        var keys = Path.Combine(_folder, "configured-keys");
        var settings = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = "Data Source=" + Path.Combine(_folder, "db", "portal.db"),
            ["DataProtection:KeysFolder"] = keys,
        };
        const string secret = "q7Jx0n8ZB2v3k9WfR1tY5uE4iO6pA8sD0fG2hJ4kL6z";

        string stored;
        using (var first = Portal(settings))
            stored = first.GetRequiredService<WebhookSecretProtector>().Protect(secret);

        var key = Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Contains("<key id=", File.ReadAllText(key));
        Assert.False(Directory.Exists(Path.Combine(_folder, "db", "keys")));
        using (var next = Portal(settings))
        {
            Assert.True(next.GetRequiredService<WebhookSecretProtector>().TryUnprotect(stored, out var plain));
            Assert.Equal(secret, plain);
        }
        using (var elsewhere = Portal(new Dictionary<string, string?>(settings) { ["DataProtection:KeysFolder"] = Path.Combine(_folder, "other-keys") }))
            Assert.False(elsewhere.GetRequiredService<WebhookSecretProtector>().TryUnprotect(stored, out _));
    }

    [Fact]
    public void Without_the_setting_the_key_ring_is_kept_in_a_keys_folder_next_to_the_sqlite_file()
    {
        using (var portal = Portal(new Dictionary<string, string?> { ["Database:ConnectionString"] = "Data Source=" + Path.Combine(_folder, "portal.db") }))
            portal.GetRequiredService<WebhookSecretProtector>().Protect("x");

        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml"));
    }

    [Fact]
    public void The_keys_folder_is_the_setting_or_next_to_the_sqlite_file_or_data_keys_under_the_content_root()
    {
        var root = Path.Combine(_folder, "app");
        var sqlite = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=/srv/portal/data/partnerportal.db" };
        var relativeSqlite = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=data/partnerportal.db" };
        var memory = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" };
        var sqlServer = new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=db;Database=PartnerPortal" };

        Assert.Equal("/srv/portal/data/keys", PortalDataProtection.KeysFolder(Settings(), sqlite, root));
        // SQLite takes a relative file from the working directory; its keys go where the file is.
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "keys"), PortalDataProtection.KeysFolder(Settings(), relativeSqlite, root));
        Assert.Equal(Path.Combine(root, "data", "keys"), PortalDataProtection.KeysFolder(Settings(), memory, root));
        Assert.Equal(Path.Combine(root, "data", "keys"), PortalDataProtection.KeysFolder(Settings(), sqlServer, root));
        Assert.Equal("/var/lib/portal-keys", PortalDataProtection.KeysFolder(Settings("/var/lib/portal-keys"), sqlite, root));
        Assert.Equal(Path.Combine(root, "secrets", "keys"), PortalDataProtection.KeysFolder(Settings("secrets/keys"), sqlServer, root));
    }

    private static IConfiguration Settings(string? keysFolder = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:KeysFolder"] = keysFolder }).Build();

    /// <summary>The portal's services as one process builds them; disposing ends the process.</summary>
    private static ServiceProvider Portal(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Database:Provider"] = "Sqlite",
            ["Webhooks:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
        services.AddSingleton<ICurrentUserAccessor>(new FakeCurrentUserAccessor());
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
