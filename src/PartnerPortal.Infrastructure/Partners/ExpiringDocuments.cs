using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// Documents that expire within a number of days, expired ones included: the dashboards count them and the
/// expiring-documents list shows them by the same rule, so the number and the list agree.
/// </summary>
public static class ExpiringDocuments
{
    public const int DefaultDays = PartnerDocumentRules.DefaultWarnDays;

    /// <summary>Documents whose expiry date is at most <paramref name="days"/> days after <paramref name="today"/>, or already past.</summary>
    public static IQueryable<PartnerDocument> ExpiringWithin(this IQueryable<PartnerDocument> documents, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var last = today.AddDays(days);
        return documents.Where(d => d.ExpiresOn <= last);
    }
}
