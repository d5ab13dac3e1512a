using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Gives entries written before audit entries carried their partner (<see cref="AuditEntry.PartnerId"/>) the partner of the
/// row they describe, so that a channel manager's audit log holds the history of their partners too. Runs at start-up, in
/// the database (one update per kind of row); an entry whose row no longer exists keeps no partner and stays an
/// administrator's only.
/// </summary>
internal static class AuditPartnerBackfill
{
    /// <returns>The entries that were given a partner.</returns>
    public static async Task<int> RunAsync(PortalDbContext db, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.All) throw new InvalidOperationException("The backfill reads every partner's rows.");
        var filled = await Missing(db, nameof(Partner)).ExecuteUpdateAsync(s => s.SetProperty(a => a.PartnerId,
            a => db.Partners.Where(p => p.Id.ToString() == a.EntityKey).Select(p => (int?)p.Id).FirstOrDefault()), ct);
        filled += await OwnedAsync(db, db.PartnerContacts, ct);
        filled += await OwnedAsync(db, db.PartnerDocuments, ct);
        filled += await OwnedAsync(db, db.PartnerDocumentScans, ct);
        filled += await OwnedAsync(db, db.PartnerDocumentRenewals, ct);
        filled += await OwnedAsync(db, db.CreditAccounts, ct);
        filled += await OwnedAsync(db, db.LedgerEntries, ct);
        filled += await OwnedAsync(db, db.PointsEntries, ct);
        filled += await OwnedAsync(db, db.Redemptions, ct);
        filled += await Missing(db, nameof(LedgerAllocation)).ExecuteUpdateAsync(s => s.SetProperty(a => a.PartnerId,
            a => db.LedgerAllocations.Where(l => l.Id.ToString() == a.EntityKey).Select(l => (int?)l.PaymentEntry!.PartnerId).FirstOrDefault()), ct);
        filled += await Missing(db, nameof(Identity.PortalUser)).ExecuteUpdateAsync(s => s.SetProperty(a => a.PartnerId,
            a => db.Users.Where(u => u.Id == a.EntityKey).Select(u => u.PartnerId).FirstOrDefault()), ct);
        return filled;
    }

    private static Task<int> OwnedAsync<T>(PortalDbContext db, DbSet<T> rows, CancellationToken ct) where T : class, IPartnerOwned =>
        Missing(db, typeof(T).Name).ExecuteUpdateAsync(s => s.SetProperty(a => a.PartnerId,
            a => rows.Where(r => EF.Property<int>(r, "Id").ToString() == a.EntityKey).Select(r => (int?)r.PartnerId).FirstOrDefault()), ct);

    // Only entries that could have a partner and have none yet; the (EntityType, EntityKey) index finds them.
    private static IQueryable<AuditEntry> Missing(PortalDbContext db, string entityType) =>
        db.AuditEntries.Where(a => a.PartnerId == null && a.EntityType == entityType && a.Action != AuditAction.Failed);
}
