using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// The partner an audited row belongs to, stamped on its audit entry so that the log is scoped like the data it describes:
/// a partner itself, every partner-owned row, a partner's staff user and their roles, and a payment's allocations. Rows of
/// the brand's own data (catalog, regions, keys, managers) belong to no partner and only an administrator sees them.
/// </summary>
internal static class AuditPartners
{
    /// <summary>The partner when the row names it itself; null when it takes a look-up or belongs to none.</summary>
    private static int? Direct(EntityEntry entry) => entry.Entity switch
    {
        Partner partner => partner.Id,
        IPartnerOwned owned => owned.PartnerId,
        PortalUser user => user.PartnerId,
        _ => null,
    };

    public static async Task<int?> OfAsync(PortalDbContext db, EntityEntry entry, CancellationToken ct)
    {
        switch (entry.Entity)
        {
            case LedgerAllocation allocation:
                return db.LedgerEntries.Local.FirstOrDefault(l => l.Id == allocation.PaymentEntryId)?.PartnerId
                    ?? await db.LedgerEntries.Where(l => l.Id == allocation.PaymentEntryId).Select(l => (int?)l.PartnerId).FirstOrDefaultAsync(ct);
            case IdentityUserRole<string> role:
                return db.Users.Local.FirstOrDefault(u => u.Id == role.UserId) is { } local
                    ? local.PartnerId
                    : await db.Users.Where(u => u.Id == role.UserId).Select(u => u.PartnerId).FirstOrDefaultAsync(ct);
            default:
                return Positive(Direct(entry));
        }
    }

    public static int? Of(PortalDbContext db, EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case LedgerAllocation allocation:
                return db.LedgerEntries.Local.FirstOrDefault(l => l.Id == allocation.PaymentEntryId)?.PartnerId
                    ?? db.LedgerEntries.Where(l => l.Id == allocation.PaymentEntryId).Select(l => (int?)l.PartnerId).FirstOrDefault();
            case IdentityUserRole<string> role:
                return db.Users.Local.FirstOrDefault(u => u.Id == role.UserId) is { } local
                    ? local.PartnerId
                    : db.Users.Where(u => u.Id == role.UserId).Select(u => u.PartnerId).FirstOrDefault();
            default:
                return Positive(Direct(entry));
        }
    }

    // An unsaved partner-owned row may still carry 0; no partner has that id.
    private static int? Positive(int? id) => id is > 0 ? id : null;
}
