using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change to an audited entity, in the same transaction
/// as the change: keys of new rows are only known after the insert, so the entries are added once the
/// change is saved and both are committed together.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    // Chinese names stay readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Secrets and bookkeeping that must never be copied into the log.
    private static readonly HashSet<string> Excluded =
    [
        "PasswordHash", "SecretHash", "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "NormalizedEmail", "NormalizedUserName",
    ];

    // Secrets whose change is recorded, but never their value (a webhook endpoint's signing secret).
    private static readonly HashSet<string> Masked = ["ProtectedSecret"];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db && Capture(db) && db.Database.CurrentTransaction is null)
            db.Audit.OwnedTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db && Capture(db) && db.Database.CurrentTransaction is null)
            db.Audit.OwnedTransaction = db.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db && db.Audit.Pending is { } pending)
        {
            db.Audit.Pending = null;
            var entries = new List<AuditEntry>(pending.Count);
            foreach (var p in pending) entries.Add(p.ToEntry(db, clock.GetUtcNow(), await AuditPartners.OfAsync(db, p.Entry, cancellationToken)));
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            if (db.Audit.OwnedTransaction is { } tx)
            {
                db.Audit.OwnedTransaction = null;
                await tx.CommitAsync(cancellationToken);
                await tx.DisposeAsync();
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is PortalDbContext db && db.Audit.Pending is { } pending)
        {
            db.Audit.Pending = null;
            db.AuditEntries.AddRange(pending.Select(p => p.ToEntry(db, clock.GetUtcNow(), AuditPartners.Of(db, p.Entry))).ToList());
            db.SaveChanges();
            if (db.Audit.OwnedTransaction is { } tx)
            {
                db.Audit.OwnedTransaction = null;
                tx.Commit();
                tx.Dispose();
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Abandon(DbContext? context)
    {
        if (context is not PortalDbContext db) return;
        db.Audit.Pending = null;
        db.Audit.OwnedTransaction?.Dispose(); // disposing without commit rolls back
        db.Audit.OwnedTransaction = null;
    }

    private static bool Capture(PortalDbContext db)
    {
        if (db.Audit.Pending is not null) return false; // the audit rows themselves are being saved
        var pending = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e.Entity))
            .Select(PendingAudit.From)
            .Where(p => p is not null)
            .Cast<PendingAudit>()
            .ToList();
        if (pending.Count == 0) return false;
        db.Audit.Pending = pending;
        return true;
    }

    private static bool IsAudited(object entity) => entity is IAudited or IdentityUserRole<string>;

    internal sealed record PendingAudit(EntityEntry Entry, AuditAction Action, string? Key, Dictionary<string, object?> Changes)
    {
        public static PendingAudit? From(EntityEntry e)
        {
            var action = e.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var changes = new Dictionary<string, object?>();
            foreach (var p in e.Properties.Where(p => !Excluded.Contains(p.Metadata.Name)))
            {
                if (action == AuditAction.Deleted) changes[p.Metadata.Name] = new { old = Shown(p, p.OriginalValue) };
                else if (action == AuditAction.Updated && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                    changes[p.Metadata.Name] = new { old = Shown(p, p.OriginalValue), @new = Shown(p, p.CurrentValue) };
            }
            if (action == AuditAction.Updated && changes.Count == 0) return null;
            // Keys of new rows may be generated by the database: read them after the insert.
            return new PendingAudit(e, action, action == AuditAction.Created ? null : KeyOf(e), changes);
        }

        public AuditEntry ToEntry(PortalDbContext db, DateTimeOffset now, int? partnerId)
        {
            if (Action == AuditAction.Created)
                foreach (var p in Entry.Properties.Where(p => !Excluded.Contains(p.Metadata.Name)))
                    Changes[p.Metadata.Name] = new { @new = Shown(p, p.CurrentValue) };
            return new AuditEntry
            {
                OccurredAt = now,
                UserId = db.Actor.UserId,
                UserName = db.Actor.UserName,
                EntityType = Entry.Metadata.ClrType.Name,
                EntityKey = Key ?? KeyOf(Entry),
                Action = Action,
                PartnerId = partnerId,
                Changes = JsonSerializer.Serialize(Changes, Json),
            };
        }

        private static object? Shown(PropertyEntry p, object? value) => Masked.Contains(p.Metadata.Name) && value is not null ? "***" : value;

        private static string KeyOf(EntityEntry e) =>
            string.Join("/", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue));
    }
}
