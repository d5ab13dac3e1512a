using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>Ledger selections several services share, so they agree on what "open" means.</summary>
internal static class LedgerQueries
{
    /// <summary>The partner's invoices with something still unpaid.</summary>
    public static IQueryable<LedgerEntry> OpenInvoicesOf(this IQueryable<LedgerEntry> entries, int partnerId) =>
        entries.Where(e => e.PartnerId == partnerId).OpenInvoices();

    /// <summary>Invoices with something still unpaid, due or not: the invoice list without its overdue filter.</summary>
    public static IQueryable<LedgerEntry> OpenInvoices(this IQueryable<LedgerEntry> entries) =>
        entries.Where(e => e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0 && e.DueDate != null);

    /// <summary>Invoices with something unpaid whose due date is before <paramref name="today"/>: the dashboards' and the invoice list's "overdue".</summary>
    public static IQueryable<LedgerEntry> Overdue(this IQueryable<LedgerEntry> entries, DateOnly today) =>
        entries.Where(e => e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0 && e.DueDate != null && e.DueDate < today);
}
