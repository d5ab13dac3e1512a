using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>
/// Keeps <see cref="ShipmentMonthTotal"/> equal to the sum of the shipments it stands for: every save that adds, changes or
/// removes shipments moves the totals of their partners' months in the same save, and a rebuild sums them again from the
/// shipments (after rows were written past the context, or for a database that predates the totals).
/// </summary>
public static class ShipmentMonthTotals
{
    private sealed record Change(int PartnerId, DateOnly Month, decimal Amount, int Count, Partner? AddedPartner);

    /// <summary>Moves the totals for the shipments the context is about to save (synchronous saves).</summary>
    internal static void Apply(PortalDbContext db)
    {
        var changes = Changes(db);
        if (changes.Count == 0) return;
        var (partners, from, through) = Range(changes);
        Merge(db, changes, Existing(db, partners, from, through).ToList());
    }

    /// <summary>Moves the totals for the shipments the context is about to save.</summary>
    internal static async Task ApplyAsync(PortalDbContext db, CancellationToken ct)
    {
        var changes = Changes(db);
        if (changes.Count == 0) return;
        var (partners, from, through) = Range(changes);
        Merge(db, changes, await Existing(db, partners, from, through).ToListAsync(ct));
    }

    /// <summary>
    /// Replaces every total with the sums of the shipments, in one transaction; running it twice gives the same rows.
    /// The context must see everything (the system's scope). Returns the number of totals written.
    /// </summary>
    public static async Task<int> RebuildAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.ShipmentMonthTotals.IgnoreQueryFilters().ExecuteDeleteAsync(ct);
        var sums = await db.Shipments.IgnoreQueryFilters()
            .GroupBy(s => new { s.PartnerId, s.ShippedOn.Year, s.ShippedOn.Month })
            .Select(g => new { g.Key.PartnerId, g.Key.Year, g.Key.Month, Amount = g.Sum(s => s.Amount), Count = g.Count() })
            .ToListAsync(ct);
        db.ShipmentMonthTotals.AddRange(sums.Select(s => new ShipmentMonthTotal
        {
            PartnerId = s.PartnerId, Month = new DateOnly(s.Year, s.Month, 1), Amount = s.Amount, Count = s.Count,
        }));
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return sums.Count;
    }

    /// <summary>Rebuilds the totals of a database that has shipments but no totals yet (one made before they existed).</summary>
    public static async Task<bool> EnsureAsync(PortalDbContext db, CancellationToken ct = default)
    {
        if (await db.ShipmentMonthTotals.IgnoreQueryFilters().AnyAsync(ct) || !await db.Shipments.IgnoreQueryFilters().AnyAsync(ct)) return false;
        await RebuildAsync(db, ct);
        return true;
    }

    /// <summary>Each shipment entry's effect: its current values added, its original values (when it was saved before) taken away.</summary>
    private static List<Change> Changes(PortalDbContext db)
    {
        var changes = new List<Change>();
        foreach (var entry in db.ChangeTracker.Entries<Shipment>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Modified)
                changes.Add(Of(entry, original: true, sign: -1));
            if (entry.State is EntityState.Added or EntityState.Modified)
                changes.Add(Of(entry, original: false, sign: 1));
        }
        return changes;
    }

    private static Change Of(EntityEntry<Shipment> entry, bool original, int sign)
    {
        T Value<T>(string name) => original ? (T)entry.Property(name).OriginalValue! : (T)entry.Property(name).CurrentValue!;
        var day = Value<DateOnly>(nameof(Shipment.ShippedOn));
        // A shipment saved together with its new partner has no partner id yet; the total follows the same partner.
        var added = !original && entry.Reference(s => s.Partner).TargetEntry is { State: EntityState.Added } partner ? partner.Entity : null;
        return new Change(Value<int>(nameof(Shipment.PartnerId)), DashboardQueries.MonthStart(day), sign * Value<decimal>(nameof(Shipment.Amount)),
            sign, added);
    }

    private static (List<int> Partners, DateOnly From, DateOnly Through) Range(List<Change> changes) =>
        (changes.Where(c => c.AddedPartner is null).Select(c => c.PartnerId).Distinct().ToList(), changes.Min(c => c.Month), changes.Max(c => c.Month));

    private static IQueryable<ShipmentMonthTotal> Existing(PortalDbContext db, List<int> partners, DateOnly from, DateOnly through) =>
        db.ShipmentMonthTotals.IgnoreQueryFilters().Where(t => partners.Contains(t.PartnerId) && t.Month >= from && t.Month <= through);

    private static void Merge(PortalDbContext db, List<Change> changes, List<ShipmentMonthTotal> existing)
    {
        var totals = existing.ToDictionary(t => ((object)t.PartnerId, t.Month));
        foreach (var change in changes)
        {
            var key = ((object?)change.AddedPartner ?? change.PartnerId, change.Month);
            if (!totals.TryGetValue(key, out var total))
            {
                total = new ShipmentMonthTotal { Month = change.Month };
                if (change.AddedPartner is { } partner) total.Partner = partner;
                else total.PartnerId = change.PartnerId;
                db.ShipmentMonthTotals.Add(total);
                totals[key] = total;
            }
            total.Amount += change.Amount;
            total.Count += change.Count;
        }
        // A month none of whose shipments are left has no total, as it has no row in a sum over shipments.
        foreach (var total in totals.Values.Where(t => t.Count == 0))
            db.Entry(total).State = db.Entry(total).State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
    }
}
