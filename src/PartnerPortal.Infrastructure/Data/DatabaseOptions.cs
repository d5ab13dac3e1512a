namespace PartnerPortal.Infrastructure.Data;

/// <summary>The "Database" settings section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Connection string; a relative SQLite data source is taken from the working directory (the web project's folder under `dotnet run`).</summary>
    public string ConnectionString { get; set; } = "Data Source=data/partnerportal.db";
    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
