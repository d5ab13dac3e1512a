using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>Ledger selections several services share, so they agree on what "open" means.</summary>
internal static class LedgerQueries
{
    /// <summary>The partner's invoices with something still unpaid.</summary>
    public static IQueryable<LedgerEntry> OpenInvoicesOf(this IQueryable<LedgerEntry> entries, int partnerId) =>
        entries.Where(e => e.PartnerId == partnerId && e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0 && e.DueDate != null);
}
