namespace PartnerPortal.Infrastructure.Data;

/// <summary>The "Database" settings section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Connection string; for SQLite a relative data source is placed under the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/partnerportal.db";
    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
