using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// Puts every SQLite write through its database's <see cref="SqliteWriterGate"/>: a transaction takes the gate before its
/// <c>BEGIN IMMEDIATE</c> (EF Core's transactions on SQLite take the write lock at once, read-only ones included) and gives
/// it back when it commits, rolls back, or ends with its connection; a write outside a transaction (a bulk
/// <c>ExecuteUpdate</c>) holds it for that one command. Saves always run in a transaction on SQLite
/// (<see cref="SqlitePortalDbContext"/>), so they are covered too. Only the SQLite contexts get this interceptor.
/// </summary>
/// <remarks>
/// A transaction disposed without commit or rollback is not announced to interceptors; it closes the connection it
/// opened, which releases the gate. A second context that writes while the first holds the gate waits like it waited for
/// SQLite's lock before, and fails the same way after the connection's timeout ("database is locked").
/// </remarks>
public sealed class SqliteWriterGateInterceptor : DbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, Hold> _byConnection = new();
    private readonly ConditionalWeakTable<DbTransaction, Hold> _byTransaction = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (connection is not SqliteConnection sqlite || result.HasResult) return result;
        var hold = Current(sqlite);
        if (hold is null)
        {
            SqliteWriterGate.For(sqlite.ConnectionString).Enter(Timeout(sqlite.DefaultTimeout), CancellationToken.None);
            hold = Held(sqlite, forOneCommand: false);
        }
        return InterceptionResult<DbTransaction>.SuppressWithResult(Begin(sqlite, eventData, hold));
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection sqlite || result.HasResult) return result;
        var hold = Current(sqlite);
        if (hold is null)
        {
            await SqliteWriterGate.For(sqlite.ConnectionString).EnterAsync(Timeout(sqlite.DefaultTimeout), cancellationToken);
            hold = Held(sqlite, forOneCommand: false);
        }
        return InterceptionResult<DbTransaction>.SuppressWithResult(Begin(sqlite, eventData, hold));
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Failed(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Failed(transaction);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (NeedsGate(command) is { } sqlite)
        {
            SqliteWriterGate.For(sqlite.ConnectionString).Enter(Timeout(command.CommandTimeout), CancellationToken.None);
            Held(sqlite, forOneCommand: true);
        }
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NeedsGate(command) is { } sqlite)
        {
            await SqliteWriterGate.For(sqlite.ConnectionString).EnterAsync(Timeout(command.CommandTimeout), cancellationToken);
            Held(sqlite, forOneCommand: true);
        }
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        CommandDone(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        CommandDone(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        DropStale(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        DropStale(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => CommandDone(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandDone(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => CommandDone(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandDone(command);
        return Task.CompletedTask;
    }

    // A connection that closes has no transaction left (SQLite rolls back what was not committed).
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    private DbTransaction Begin(SqliteConnection sqlite, TransactionStartingEventData eventData, Hold hold)
    {
        try
        {
            var transaction = sqlite.BeginTransaction(eventData.IsolationLevel);
            _byTransaction.AddOrUpdate(transaction, hold);
            return transaction;
        }
        catch
        {
            Release(sqlite);
            throw;
        }
    }

    private Hold? Current(SqliteConnection sqlite)
    {
        if (!_byConnection.TryGetValue(sqlite, out var hold)) return null;
        if (!hold.ForOneCommand && !InTransaction(sqlite)) // a transaction ended unannounced, its connection still open
        {
            Release(sqlite);
            return null;
        }
        return hold;
    }

    private Hold Held(SqliteConnection sqlite, bool forOneCommand)
    {
        var hold = new Hold(SqliteWriterGate.For(sqlite.ConnectionString), forOneCommand) { Connection = sqlite };
        _byConnection.AddOrUpdate(sqlite, hold);
        return hold;
    }

    /// <summary>The connection of a write that runs outside any transaction (the open-connection pragmas excluded).</summary>
    private SqliteConnection? NeedsGate(DbCommand command)
    {
        if (command.Connection is not SqliteConnection sqlite) return null;
        if (Current(sqlite) is not null || command.Transaction is not null) return null;
        return command.CommandText.AsSpan().TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase) ? null : sqlite;
    }

    private void DropStale(DbCommand command)
    {
        if (command.Connection is SqliteConnection sqlite && command.Transaction is null) Current(sqlite);
    }

    private void CommandDone(DbCommand command)
    {
        if (command.Connection is { } connection && _byConnection.TryGetValue(connection, out var hold) && hold.ForOneCommand)
            Release(connection);
    }

    private void Ended(DbTransaction transaction)
    {
        if (!_byTransaction.TryGetValue(transaction, out var hold)) return;
        _byTransaction.Remove(transaction);
        Release(hold);
    }

    // A failed commit may leave the transaction open (it is rolled back when disposed): the gate stays until it has ended.
    private void Failed(DbTransaction transaction)
    {
        if (_byTransaction.TryGetValue(transaction, out var hold) && (hold.Connection is null || !InTransaction(hold.Connection)))
            Ended(transaction);
    }

    private void Release(DbConnection connection)
    {
        if (_byConnection.TryGetValue(connection, out var hold)) Release(hold);
    }

    private void Release(Hold hold)
    {
        if (hold.Connection is { } connection && _byConnection.TryGetValue(connection, out var current) && ReferenceEquals(current, hold))
            _byConnection.Remove(connection);
        hold.Exit();
    }

    private static bool InTransaction(SqliteConnection sqlite) =>
        sqlite.State == System.Data.ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(sqlite.Handle) == 0;

    private static TimeSpan Timeout(int seconds) => seconds <= 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);

    private sealed class Hold(SqliteWriterGate gate, bool forOneCommand)
    {
        private int _exited;

        public bool ForOneCommand { get; } = forOneCommand;
        public SqliteConnection? Connection { get; init; }

        /// <summary>Gives the gate back once, whichever of commit, rollback, failure or close comes first.</summary>
        public void Exit()
        {
            if (Interlocked.Exchange(ref _exited, 1) == 0) gate.Exit();
        }
    }
}
