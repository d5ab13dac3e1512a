using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The transactional outbox of the webhooks: when a save changes an order's status, posts a payment or settles a rebate
/// (<see cref="OutboxEventCollector"/>), the <see cref="OutboxEvent"/> rows are added to that same save, so they commit or
/// roll back with the change. <see cref="WebhookDispatcher"/> sends them later; a portal that stops in between loses
/// nothing.
/// </summary>
/// <remarks>
/// A new order's or payment's key is only known once it is inserted, so such payloads are written again after the save
/// and updated before the transaction commits. Every service saves inside its own transaction; a save without one whose
/// payloads wait for keys gets a transaction of its own here, which is why this interceptor must come before
/// <see cref="Auditing.AuditInterceptor"/> (that one commits a transaction it opened as soon as its audit rows are written).
/// </remarks>
public sealed class OutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, OutboxState> States = new();

    /// <summary>
    /// Writes no events for this context's saves: for loading history (the demo seeding), which happened before any
    /// receiver could have been told.
    /// </summary>
    public static void Suppress(DbContext db) => States.GetOrCreateValue(db).Suppressed = true;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context) is { } db)
        {
            var pending = OutboxEventCollector.Collect(db, clock.GetUtcNow());
            if (Add(db, pending) && db.Database.CurrentTransaction is null)
                States.GetOrCreateValue(db).OwnedTransaction = db.Database.BeginTransaction();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context) is { } db)
        {
            var pending = await OutboxEventCollector.CollectAsync(db, clock.GetUtcNow(), cancellationToken);
            if (Add(db, pending) && db.Database.CurrentTransaction is null)
                States.GetOrCreateValue(db).OwnedTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not PortalDbContext db || !States.TryGetValue(db, out var state) || state.Pending is null || state.Completing)
            return result;
        state.Completing = true;
        try
        {
            if (Rewrite(state.Pending)) db.SaveChanges();
            if (state.OwnedTransaction is { } tx)
            {
                tx.Commit();
                tx.Dispose();
            }
        }
        catch
        {
            Discard(db, state);
            throw;
        }
        finally
        {
            state.Reset();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PortalDbContext db || !States.TryGetValue(db, out var state) || state.Pending is null || state.Completing)
            return result;
        state.Completing = true;
        try
        {
            if (Rewrite(state.Pending)) await db.SaveChangesAsync(cancellationToken);
            if (state.OwnedTransaction is { } tx)
            {
                await tx.CommitAsync(cancellationToken);
                await tx.DisposeAsync();
            }
        }
        catch
        {
            Discard(db, state);
            throw;
        }
        finally
        {
            state.Reset();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The context when this save may raise events: not suppressed, and not the save that rewrites the payloads.</summary>
    private static PortalDbContext? Begin(DbContext? context)
    {
        if (context is not PortalDbContext db) return null;
        var state = States.GetOrCreateValue(db);
        return state.Suppressed || state.Completing || state.Pending is not null ? null : db;
    }

    /// <returns>Whether a payload must be written again after the save (a new row's key goes into it).</returns>
    private static bool Add(PortalDbContext db, List<PendingOutboxEvent> pending)
    {
        if (pending.Count == 0) return false;
        db.OutboxEvents.AddRange(pending.Select(p => p.Row));
        States.GetOrCreateValue(db).Pending = pending;
        return pending.Any(p => p.AwaitsKeys);
    }

    /// <returns>Whether any payload changed (a key became known).</returns>
    private static bool Rewrite(List<PendingOutboxEvent> pending)
    {
        var changed = false;
        foreach (var p in pending)
        {
            var payload = p.BuildPayload();
            if (payload == p.Row.Payload) continue;
            p.Row.Payload = payload;
            changed = true;
        }
        return changed;
    }

    private static void Abandon(DbContext? context)
    {
        if (context is null || !States.TryGetValue(context, out var state)) return;
        if (state.Completing) return; // the rewrite's save failed: SavedChanges discards
        Discard(context, state);
        state.Reset();
    }

    /// <summary>
    /// A failed save commits nothing: the transaction opened here is rolled back, and the outbox rows leave the context so
    /// that a retry of the same save collects them afresh instead of twice.
    /// </summary>
    private static void Discard(DbContext context, OutboxState state)
    {
        if (state.Pending is { } pending)
            foreach (var p in pending)
                context.Entry(p.Row).State = EntityState.Detached;
        state.OwnedTransaction?.Dispose(); // disposing without commit rolls back
    }

    private sealed class OutboxState
    {
        public bool Suppressed { get; set; }
        public bool Completing { get; set; }
        public List<PendingOutboxEvent>? Pending { get; set; }
        public IDbContextTransaction? OwnedTransaction { get; set; }

        public void Reset()
        {
            Completing = false;
            Pending = null;
            OwnedTransaction = null;
        }
    }
}
