using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnerPortal.Bench;

/// <summary>
/// Records every SQL command EF Core runs, with how long it took from execution to the last row read (and how many reads,
/// or rows written), and how long SaveChanges took in all (its commands included).
/// </summary>
internal sealed class CommandTimer : DbCommandInterceptor, ISaveChangesInterceptor
{
    private readonly ConcurrentDictionary<DbContext, long> _saving = new();
    private long _saveTicks;

    public bool Enabled { get; set; }
    public ConcurrentQueue<TimedCommand> Commands { get; } = new();
    public TimeSpan SaveChanges => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _saveTicks));

    /// <summary>Hands over what was recorded so far and starts afresh.</summary>
    public (List<TimedCommand> Commands, TimeSpan SaveChanges) Take()
    {
        var taken = (Commands.ToList(), SaveChanges);
        Commands.Clear();
        Interlocked.Exchange(ref _saveTicks, 0);
        return taken;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command, eventData.Duration, eventData.ReadCount);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData.Duration, result);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration, result);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData.Duration, 1);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration, 1);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Enabled && eventData.Context is { } db) _saving.TryAdd(db, Stopwatch.GetTimestamp());
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _saving.TryRemove(db, out var started))
            Interlocked.Add(ref _saveTicks, Stopwatch.GetTimestamp() - started);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, TimeSpan duration, int rows)
    {
        if (!Enabled) return;
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();
        Commands.Enqueue(new TimedCommand(command.CommandText, parameters, duration, rows));
    }
}

internal sealed record TimedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration, int Rows);
