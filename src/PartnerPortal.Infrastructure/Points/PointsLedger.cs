using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>
/// Writing to a partner's points: the entry and the balance change together, in the caller's transaction. Taking
/// points off is one guarded update (balance + points ≥ 0), so concurrent spending can never go below zero.
/// </summary>
internal static class PointsLedger
{
    /// <returns>False, with nothing written, when the entry would take the balance below zero.</returns>
    public static async Task<bool> PostAsync(PortalDbContext db, PointsEntry entry, CancellationToken ct)
    {
        var partnerId = entry.PartnerId;
        var points = entry.Points;
        var changed = await db.PointsAccounts
            .Where(a => a.PartnerId == partnerId && a.Balance + points >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + points), ct);
        if (changed == 0)
        {
            // An account added earlier in this unit of work is not in the database yet.
            if (db.PointsAccounts.Local.FirstOrDefault(a => a.PartnerId == partnerId) is { } pending)
            {
                if (pending.Balance + points < 0) return false;
                pending.Balance += points;
            }
            else
            {
                if (points < 0 || await db.PointsAccounts.AnyAsync(a => a.PartnerId == partnerId, ct)) return false;
                // The partner's first points: its account starts here (a concurrent first entry fails the unique index and retries).
                db.PointsAccounts.Add(new PointsAccount { PartnerId = partnerId, Balance = points });
            }
        }
        db.PointsEntries.Add(entry);
        return true;
    }

    public static async Task<int> BalanceAsync(PortalDbContext db, int partnerId, CancellationToken ct) =>
        await db.PointsAccounts.Where(a => a.PartnerId == partnerId).Select(a => (int?)a.Balance).FirstOrDefaultAsync(ct) ?? 0;

}
