using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Renewals waiting for a channel manager: the managers' work queue counts them and the review list shows them by this
/// one rule, so the number and the list agree.
/// </summary>
public static class PendingRenewals
{
    public static IQueryable<PartnerDocumentRenewal> Pending(this IQueryable<PartnerDocumentRenewal> renewals)
    {
        ArgumentNullException.ThrowIfNull(renewals);
        return renewals.Where(r => r.Status == RenewalStatus.Pending);
    }
}
