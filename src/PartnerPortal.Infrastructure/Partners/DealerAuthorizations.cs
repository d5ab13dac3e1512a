using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Whether a partner's dealer authorization lets it order (<see cref="AuthorizationRules"/>), read the same way for the
/// cart, which warns before Submit, and for the submission, which refuses.
/// </summary>
internal static class DealerAuthorizations
{
    /// <returns>The expired authorization that blocks ordering; null when the partner may order (or the brand does not block).</returns>
    public static async Task<ExpiredAuthorization?> BlockingAsync(PortalDbContext db, int partnerId, bool blockWhenExpired, DateOnly today,
        CancellationToken ct)
    {
        if (!blockWhenExpired) return null;
        var onFile = await db.PartnerDocuments.AsNoTracking()
            .Where(d => d.PartnerId == partnerId && d.Kind == PartnerDocumentKind.DealerAuthorization)
            .Select(d => new AuthorizationOnFile(d.Number, d.ExpiresOn))
            .ToListAsync(ct);
        var standing = AuthorizationRules.Check(blockWhenExpired, onFile, today);
        if (!standing.Blocked) return null;
        var renewalPending = await db.PartnerDocumentRenewals.AsNoTracking().Pending()
            .AnyAsync(r => r.PartnerId == partnerId && r.Document!.Kind == PartnerDocumentKind.DealerAuthorization, ct);
        return new ExpiredAuthorization(standing.Number!, standing.ExpiredOn!.Value, renewalPending);
    }
}
