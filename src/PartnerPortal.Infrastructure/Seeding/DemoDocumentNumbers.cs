using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Numbers the demo's invoices, payments and shipments once they are all made, in the order of their dates: the open
/// invoices of credit.json and the history's are made partner by partner, so numbering each as it was made put
/// INV-202603-00002 before -00001 in time. Within a kind and month (INV-202603-…) a later number is never dated earlier,
/// as in the portal's own postings.
/// </summary>
internal static class DemoDocumentNumbers
{
    /// <summary>Numbers the entries and shipments added to the context and not yet saved, after the numbers already saved.</summary>
    public static async Task AssignAsync(PortalDbContext db, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Select((entry, made) => (Kind: Kind(entry.Kind), Day: entry.Date, entry.CreatedAt, Made: made, Set: (Action<string>)(n => entry.Number = n)));
        var shipments = db.ChangeTracker.Entries<Shipment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Select((shipment, made) => (Kind: "SH", Day: shipment.ShippedOn, CreatedAt: DateTimeOffset.MinValue, Made: made,
                Set: (Action<string>)(n => shipment.Number = n)));
        var saved = await db.LedgerEntries.IgnoreQueryFilters().Select(e => e.Number)
            .Concat(db.Shipments.IgnoreQueryFilters().Select(s => s.Number)).ToListAsync(ct);
        var last = saved.Where(n => n.LastIndexOf('-') > 0)
            .GroupBy(n => n[..n.LastIndexOf('-')])
            .ToDictionary(g => g.Key, g => g.Max(n => int.TryParse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture, out var v) ? v : 0));

        foreach (var document in entries.Concat(shipments).OrderBy(d => d.Day).ThenBy(d => d.CreatedAt).ThenBy(d => d.Made).ToList())
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{document.Kind}-{document.Day:yyyyMM}");
            var next = last.GetValueOrDefault(prefix) + 1;
            last[prefix] = next;
            document.Set(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{next:D5}"));
        }
    }

    private static string Kind(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Invoice => "INV",
        LedgerEntryKind.Payment => "PAY",
        LedgerEntryKind.CreditNote => "CN",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
