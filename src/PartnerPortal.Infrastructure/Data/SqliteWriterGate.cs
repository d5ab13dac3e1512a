using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// One SQLite database's writers in this process, let in one at a time in the order they came. SQLite itself lets a
/// writer in by polling (Microsoft.Data.Sqlite retries a busy lock every 150 ms), which any newcomer can win: with many
/// dealers submitting at once an unlucky one waited seconds. Waiting here instead hands the lock over in turn, at once.
/// </summary>
/// <remarks>
/// The gate is per process: another process writing the same file still meets SQLite's lock, and its busy polling
/// remains the fallback. A waiter that is cancelled or times out is taken out of the line and never holds the gate.
/// </remarks>
public sealed class SqliteWriterGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriterGate> Gates = new(StringComparer.Ordinal);

    private readonly object _sync = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private bool _held;

    private SqliteWriterGate() { }

    /// <summary>The gate of the database a connection string names (its file, whatever the other keywords say).</summary>
    public static SqliteWriterGate For(string connectionString) => Gates.GetOrAdd(KeyOf(connectionString), _ => new SqliteWriterGate());

    /// <summary>Whether a writer holds the gate now.</summary>
    public bool IsHeld
    {
        get { lock (_sync) return _held; }
    }

    /// <summary>Writers waiting for their turn.</summary>
    public int Waiting
    {
        get { lock (_sync) return _waiters.Count; }
    }

    public async ValueTask EnterAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (waiter, node) = Queue();
        if (waiter is null) return;
        try
        {
            await waiter.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            GiveUp(node!);
            if (e is TimeoutException) throw Busy(timeout);
            throw;
        }
    }

    public void Enter(TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (waiter, node) = Queue();
        if (waiter is null) return;
        bool entered;
        try
        {
            entered = waiter.Task.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            GiveUp(node!);
            throw;
        }
        if (entered) return;
        GiveUp(node!);
        throw Busy(timeout);
    }

    /// <summary>Lets the next writer in, or opens the gate when nobody waits.</summary>
    public void Exit()
    {
        TaskCompletionSource? next;
        lock (_sync)
        {
            if (!_held) throw new InvalidOperationException("The SQLite writer gate was released without being held.");
            next = _waiters.First?.Value;
            if (next is null) _held = false;
            else _waiters.RemoveFirst();
        }
        // The gate passes straight to the next writer (it stays held), which goes on on a thread of its own.
        next?.SetResult();
    }

    private (TaskCompletionSource? Waiter, LinkedListNode<TaskCompletionSource>? Node) Queue()
    {
        lock (_sync)
        {
            if (!_held)
            {
                _held = true;
                return (null, null);
            }
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return (waiter, _waiters.AddLast(waiter));
        }
    }

    /// <summary>A waiter leaves the line; if its turn came meanwhile, it passes the gate on, having done nothing with it.</summary>
    private void GiveUp(LinkedListNode<TaskCompletionSource> node)
    {
        lock (_sync)
        {
            if (node.List is not null)
            {
                _waiters.Remove(node);
                return;
            }
        }
        Exit();
    }

    // What SQLite answers when its own lock stays busy past the timeout, so that callers see the same failure as before.
    private static SqliteException Busy(TimeSpan timeout) =>
        new($"SQLite Error 5: 'database is locked' (waited {timeout.TotalSeconds:0} s for this process's other writers).", 5);

    private static string KeyOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        // An in-memory database is only shared under its name; a file is the same file however its path is written.
        return source.Length == 0 || source == ":memory:" || connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase)
            ? "memory:" + source
            : Path.GetFullPath(source);
    }
}
