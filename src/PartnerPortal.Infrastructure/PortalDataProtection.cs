using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure;

/// <summary>
/// The Data Protection key ring, kept in a folder that outlives the process: sign-in cookies and webhook secrets protected
/// before a restart (or a new container on the same volume) stay readable after it.
/// </summary>
public static class PortalDataProtection
{
    public const string ApplicationName = "PartnerPortal";
    public const string KeysFolderSetting = "DataProtection:KeysFolder";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDataProtection().SetApplicationName(ApplicationName);
        // What PersistKeysToFileSystem does, with the folder resolved when the key ring is first used rather than now:
        // like the database settings, settings added after registration (tests, hosting) still count.
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseOptions, IServiceProvider>((options, database, sp) =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(KeysFolder(configuration, database, sp.GetService<IHostEnvironment>()?.ContentRootPath)),
                sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        return services;
    }

    /// <summary>
    /// The folder named by <see cref="KeysFolderSetting"/> (a relative one under the content root); otherwise a "keys"
    /// folder next to the SQLite database file, so the keys live and are backed up with the data they protect; otherwise
    /// (SQL Server, an in-memory or URI-named SQLite database) "data/keys" under the content root. Without a content root,
    /// <see cref="AppContext.BaseDirectory"/> stands in for it.
    /// </summary>
    public static string KeysFolder(IConfiguration configuration, DatabaseOptions database, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        var root = string.IsNullOrWhiteSpace(contentRoot) ? AppContext.BaseDirectory : contentRoot;
        var configured = configuration[KeysFolderSetting];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, root);
        if (database.Provider == DatabaseProvider.Sqlite && SqliteFolder(database.ConnectionString) is { } folder)
            return Path.Combine(folder, "keys");
        return Path.Combine(root, "data", "keys");
    }

    /// <summary>The folder of the SQLite file, resolved as SQLite resolves it (from the working directory); null for none.</summary>
    internal static string? SqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrWhiteSpace(source) || builder.Mode == SqliteOpenMode.Memory
            || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return null;
        return Path.GetDirectoryName(Path.GetFullPath(source));
    }
}
