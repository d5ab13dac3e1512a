using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>Ledger selections several services share, so they agree on what "open" means.</summary>
internal static class LedgerQueries
{
    /// <summary>The partner's invoices with something still unpaid.</summary>
    public static IQueryable<LedgerEntry> OpenInvoicesOf(this IQueryable<LedgerEntry> entries, int partnerId) =>
        entries.Where(e => e.PartnerId == partnerId).OpenInvoices();

    /// <summary>
    /// Invoices and debit notes (the entries with a due date: what the partner owes by a day) with something still unpaid,
    /// due or not: the invoice list without its overdue filter. An open amount is never negative, so "not zero" is
    /// "something unpaid": SQLite compares that as stored and can use the open-invoices index (its filter reads the same),
    /// where "greater than" calls back into .NET for every invoice.
    /// </summary>
    public static IQueryable<LedgerEntry> OpenInvoices(this IQueryable<LedgerEntry> entries) =>
        entries.Where(e => e.DueDate != null && e.OpenAmount != 0m);

    /// <summary>Each entry's effect on the balance, in SQL: + for debits (<see cref="LedgerEntry.RaisesBalance"/>), − for credits.</summary>
    public static IQueryable<decimal> SignedAmounts(this IQueryable<LedgerEntry> entries) =>
        entries.Select(e => e.Kind == LedgerEntryKind.Invoice || e.Kind == LedgerEntryKind.DebitNote || e.Kind == LedgerEntryKind.Reversal
            ? e.Amount : -e.Amount);

    /// <summary>Open invoices whose due date is before <paramref name="today"/>: the dashboards' and the invoice list's "overdue".</summary>
    public static IQueryable<LedgerEntry> Overdue(this IQueryable<LedgerEntry> entries, DateOnly today) =>
        entries.OpenInvoices().Where(e => e.DueDate < today);
}
