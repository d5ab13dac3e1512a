using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Data;

public sealed class MigrationTests
{
    internal const string SqlServerConnection = "Server=localhost;Database=x;Trusted_Connection=True;TrustServerCertificate=True";

    private static readonly string[] Tables =
    [
        "Regions", "ManagerRegions", "Partners", "PartnerContacts", "ProductCategories", "Products", "Warehouses",
        "StockLevels", "AuditEntries", "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims",
        "AspNetUserLogins", "AspNetUserTokens", "AspNetRoleClaims", "__EFMigrationsHistory",
    ];

    /// <summary>A SQL Server context as the app would build it; nothing here opens a connection.</summary>
    internal static SqlServerPortalDbContext CreateSqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer(SqlServerConnection).Options);

    [Fact]
    public async Task Migrations_create_every_table_in_an_empty_sqlite_file()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        Assert.False(File.Exists(database.FilePath));

        await using (var db = database.CreateRawContext())
        {
            Assert.IsType<SqlitePortalDbContext>(db);
            Assert.NotEmpty(db.Database.GetMigrations());
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        var tables = await ReadTableNamesAsync(database.FilePath);
        Assert.All(Tables, table => Assert.Contains(table, tables));
    }

    [Fact]
    public async Task The_sqlite_model_has_no_changes_missing_from_its_migrations()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await using var db = database.CreateRawContext();

        Assert.IsType<SqlitePortalDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: the model differs from SqlitePortalDbContextModelSnapshot.");
    }

    [Fact]
    public void The_sql_server_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = CreateSqlServerContext();

        Assert.True(db.Database.IsSqlServer());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration: the model differs from SqlServerPortalDbContextModelSnapshot.");
    }

    [Fact]
    public void The_sql_server_idempotent_migration_script_creates_the_tables()
    {
        using var db = CreateSqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Partners]", script);
        Assert.Contains("CREATE TABLE [AuditEntries]", script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        // Idempotent: each migration is guarded by a look-up in the history table.
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("[__EFMigrationsHistory]", script);
    }

    [Fact]
    public void The_sql_server_create_script_generates()
    {
        using var db = CreateSqlServerContext();

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [Partners]", script);
        Assert.Contains("CREATE TABLE [ManagerRegions]", script);
        Assert.Contains("CK_StockLevels_Quantities", script);
    }

    [Fact]
    public async Task The_provider_setting_chooses_the_context_subclass()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = SqlServerConnection,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration).BuildServiceProvider();

        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        Assert.IsType<SqlServerPortalDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
        // The shared interceptors are attached to every context the factory makes.
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;
        Assert.Contains(interceptors, i => i is ScopeGuardInterceptor);
        Assert.Contains(interceptors, i => i is AuditInterceptor);
    }

    private static async Task<HashSet<string>> ReadTableNamesAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
