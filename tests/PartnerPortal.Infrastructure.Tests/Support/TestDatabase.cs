using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>
/// A real SQLite file in its own temp folder, wired up the way the app wires it
/// (<see cref="InfrastructureServices.AddPortalInfrastructure"/> plus Identity), with a signed-in user
/// the test can switch. The file is deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<AsyncServiceScope> _scopes = [];

    private TestDatabase(string file, ServiceProvider services, FakeCurrentUserAccessor userAccessor)
    {
        FilePath = file;
        _services = services;
        UserAccessor = userAccessor;
    }

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "pp-tests");

    /// <summary>The SQLite database file.</summary>
    public string FilePath { get; }

    /// <summary>The root service provider, built as the app builds it.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Who the services think is signed in.</summary>
    public FakeCurrentUserAccessor UserAccessor { get; }

    /// <summary>
    /// A new database file with the app's services. When <paramref name="initialize"/> is true the
    /// <see cref="DatabaseInitializer"/> runs on it (migrate, roles, demo data); otherwise the file does not exist yet.
    /// </summary>
    /// <param name="freshSeed">
    /// Seed this file from the JSON files. Otherwise a demo database starts as a copy of one seeded once per test
    /// run (the initializer still runs on the copy, and finds it migrated and seeded): hashing 13 demo passwords
    /// per test would make the suite slow. Settings of the seeding (<c>Seed:*</c>) always seed afresh.
    /// </param>
    /// <param name="services">Replaces app services for this database, e.g. the DNS look-up of webhook hosts.</param>
    public static async Task<TestDatabase> CreateAsync(bool initialize = true, bool demoData = true,
        IDictionary<string, string?>? settings = null, bool freshSeed = false, Action<IServiceCollection>? services = null)
    {
        var database = Create(demoData, settings, services);
        var seedingSettings = settings?.Keys.Any(k => k.StartsWith("Seed:", StringComparison.OrdinalIgnoreCase)) ?? false;
        if (initialize && demoData && !seedingSettings && !freshSeed)
            await File.WriteAllBytesAsync(database.FilePath, await SeededImageOfToday());
        if (initialize) await database.InitializeAsync();
        return database;
    }

    /// <summary>
    /// The seeded copy is of one day: the demo data's dates (due dates, expiries, history) follow the day it was seeded on,
    /// and tests compare them with today. A run that goes past midnight seeds a new copy for the new day.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, Lazy<Task<byte[]>>> SeededImages = new();

    private static Task<byte[]> SeededImageOfToday() =>
        SeededImages.GetOrAdd(DateOnly.FromDateTime(DateTime.Now), _ => new Lazy<Task<byte[]>>(CreateSeededImageAsync)).Value;

    private static async Task<byte[]> CreateSeededImageAsync()
    {
        await using var template = await CreateAsync(freshSeed: true);
        await template._services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        // Fold the write-ahead log into the file so that the bytes of the file alone are the whole database.
        await using (var connection = new SqliteConnection("Data Source=" + template.FilePath + ";Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            if (!await reader.ReadAsync() || reader.GetString(0) != "delete")
                throw new InvalidOperationException("The seeded template database is still in WAL mode.");
        }
        return await File.ReadAllBytesAsync(template.FilePath);
    }

    private static TestDatabase Create(bool demoData, IDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db");
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=" + file,
            ["Seed:DemoData"] = demoData ? "true" : "false",
            // Tests arrange the orders they need; the order history has its own seeding test.
            ["Seed:DemoOrderHistoryMonths"] = "0",
            // Rebate tests set up the policies they need; the demo policies have their own seeding test.
            ["Seed:DemoRebates"] = "false",
            ["Seed:DemoPoints"] = "false",
            // Training tests set up the courses they need; the demo courses have their own seeding test.
            ["Seed:DemoCourses"] = "false",
            // Webhook tests run the dispatcher themselves, on their own receiver.
            ["Webhooks:Enabled"] = "false",
            // Each database its own scans, so that a test sees only the files it stored (a copied demo database's scans
            // stay in the folder of the database they were seeded into).
            ["PartnerDocuments:ScansFolder"] = ScansFolderOf(file),
            ["Returns:PhotosFolder"] = PhotosFolderOf(file),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var userAccessor = new FakeCurrentUserAccessor();
        var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
        services.AddIdentityCore<PortalUser>(o => { o.Lockout.MaxFailedAccessAttempts = 5; })
            .AddPortalIdentityStores()
            .AddDefaultTokenProviders();
        // The web app gets data protection from AddAuthentication; the default token providers need it.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton(userAccessor);
        services.AddSingleton<ICurrentUserAccessor>(userAccessor);
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new TestDatabase(file, provider, userAccessor);
    }

    /// <summary>Runs the start-up initializer: migrate, roles, demo data.</summary>
    public Task InitializeAsync() => Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

    /// <summary>Resolves a service from a new DI scope (disposed with the database), like one request.</summary>
    public T Get<T>() where T : notnull
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>A context scoped to the signed-in user, made the way application services make it.</summary>
    public Task<PortalDbContext> CreateContextAsync() => Get<PortalDbContextFactory>().CreateAsync();

    /// <summary>A context that sees everything, to arrange and check data behind the services' backs.</summary>
    public Task<PortalDbContext> CreateSystemContextAsync() => Get<PortalDbContextFactory>().CreateForSystemAsync("tests");

    /// <summary>A context with no scope and no actor, straight from the provider's factory.</summary>
    public PortalDbContext CreateRawContext() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public void SignInAs(CurrentUser user) => UserAccessor.User = user;

    public void SignOut() => UserAccessor.User = CurrentUser.Anonymous;

    /// <summary>Signs in a stored user with the roles Identity has for them.</summary>
    public async Task<CurrentUser> SignInAsync(string email)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var signedIn = new CurrentUser(user.Id, user.UserName!, (await users.GetRolesAsync(user)).ToArray());
        SignInAs(signedIn);
        return signedIn;
    }

    public async Task<int> PartnerIdAsync(string code)
    {
        await using var db = await CreateSystemContextAsync();
        return await db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    public async Task<int> RegionIdAsync(string code)
    {
        await using var db = await CreateSystemContextAsync();
        return await db.Regions.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var db = await CreateSystemContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static string ScansFolderOf(string file) => file + "-scans";

    private static string PhotosFolderOf(string file) => file + "-return-photos";

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes) await scope.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(FilePath + suffix)) File.Delete(FilePath + suffix);
        foreach (var folder in new[] { ScansFolderOf(FilePath), PhotosFolderOf(FilePath) })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
