using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// Creates the provider's subclass of <see cref="PortalDbContext"/> with the shared interceptors and the app's logging, so
/// that <c>Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command</c> shows the SQL a running portal sends and slow
/// commands are logged as warnings with their caller; on SQLite writers also pass the database's writer gate.
/// </summary>
public sealed class ProviderDbContextFactory : IDbContextFactory<PortalDbContext>
{
    private readonly Func<PortalDbContext> _create;

    public ProviderDbContextFactory(DatabaseOptions options, IEnumerable<IInterceptor> interceptors, ILoggerFactory? loggerFactory = null)
    {
        var shared = interceptors.ToArray();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var built = Configure(new DbContextOptionsBuilder<SqlServerPortalDbContext>(), options, shared, loggerFactory).Options;
            _create = () => new SqlServerPortalDbContext(built);
        }
        else
        {
            var built = Configure(new DbContextOptionsBuilder<SqlitePortalDbContext>(), options, shared, loggerFactory).Options;
            _create = () => new SqlitePortalDbContext(built);
        }
    }

    public PortalDbContext CreateDbContext() => _create();

    internal static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DatabaseOptions options,
        IInterceptor[] interceptors, ILoggerFactory? loggerFactory = null) where T : DbContext
    {
        if (options.Provider == DatabaseProvider.SqlServer)
            builder.UseSqlServer(options.ConnectionString); // no retrying strategy: the audit log opens its own transactions
        else
            builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqliteWriterGateInterceptor()); // SQL Server queues writers itself
        builder.AddInterceptors(interceptors);
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
            builder.AddInterceptors(new SlowQueryInterceptor(TimeSpan.FromMilliseconds(options.SlowQueryMilliseconds),
                loggerFactory.CreateLogger(SlowQueryInterceptor.Category)));
        }
        return builder;
    }
}
