using Microsoft.Extensions.Configuration;

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
    /// <summary>Commands slower than this are logged as warnings with their caller (<see cref="SlowQueryInterceptor"/>).</summary>
    public int SlowQueryMilliseconds { get; set; } = 500;

    /// <summary>The section's settings; a wrong value stops the portal at start-up with the setting named.</summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.SlowQueryMilliseconds is < 0 or > 3_600_000)
            throw new InvalidOperationException(
                $"The setting {Section}:{nameof(SlowQueryMilliseconds)} must be between 0 and 3600000 milliseconds (it is {options.SlowQueryMilliseconds}).");
        return options;
    }
}
