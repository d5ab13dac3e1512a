using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// Logs a database command slower than <c>Database:SlowQueryMilliseconds</c> as a warning (category
/// <c>PartnerPortal.SlowQuery</c>) with its duration, its SQL and the portal method that issued it.
/// </summary>
/// <remarks>
/// The caller is looked for only once a command has turned out slow, so fast commands cost nothing: walking the stack
/// costs about 20–40 µs of CPU, which on every command would add up on every page. SQLite answers every command
/// synchronously (Microsoft.Data.Sqlite has no asynchronous I/O), so when the command ends the frames of the method that
/// awaited it are still on the stack. SQL Server completes commands asynchronously, and by then those frames are gone:
/// there the caller is the one <see cref="Access.PortalDbContextFactory"/> noted when it made the context for the
/// operation (one stack walk per context on SQL Server only).
/// </remarks>
public sealed class SlowQueryInterceptor(TimeSpan threshold, ILogger logger) : DbCommandInterceptor
{
    public const string Category = "PartnerPortal.SlowQuery";

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command, CommandExecutedEventData eventData)
    {
        if (eventData.Duration < threshold || !logger.IsEnabled(LogLevel.Warning)) return;
        var caller = CommandCaller.FromStack() ?? (eventData.Context as PortalDbContext)?.Caller ?? "an unknown caller";
        logger.LogWarning("Slow database command: {Milliseconds:F0} ms (over {Threshold:F0} ms) from {Caller}{NewLine}{CommandText}",
            eventData.Duration.TotalMilliseconds, threshold.TotalMilliseconds, caller, Environment.NewLine, command.CommandText);
    }
}
