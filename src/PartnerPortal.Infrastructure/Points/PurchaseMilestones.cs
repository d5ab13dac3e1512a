using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Points;

/// <summary>
/// Awards purchase-milestone points with the accrual run: for each active rule, what every partner shipped in the
/// period (one grouped query), and one ledger entry per threshold crossed and not yet paid. The entry's key names the
/// rule, period and step, so a threshold is paid once however often the run repeats.
/// </summary>
internal static class PurchaseMilestones
{
    /// <summary>The periods that can still change: the current one, and the one before (shipments of its last evening).</summary>
    public static async Task<int> AwardAsync(PortalDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var rules = await db.PurchaseMilestoneRules.AsNoTracking().Where(r => r.IsActive).ToListAsync(ct);
        var awarded = 0;
        foreach (var rule in rules)
        {
            var current = RebatePeriod.Containing(rule.PeriodType, today);
            foreach (var period in new[] { current.Previous(), current })
                awarded += await AwardAsync(db, rule, period, now, ct);
        }
        return awarded;
    }

    /// <returns>How many entries were written.</returns>
    public static async Task<int> AwardAsync(PortalDbContext db, PurchaseMilestoneRule rule, RebatePeriod period, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var start = period.Start;
        var end = period.End;
        var shipped = await (from l in db.ShipmentLines
                             join s in db.Shipments on l.ShipmentId equals s.Id
                             where s.ShippedOn >= start && s.ShippedOn <= end
                             group l.Amount by s.PartnerId into g
                             select new { PartnerId = g.Key, Amount = g.Sum() })
            .ToListAsync(ct);
        var prefix = $"milestone:{rule.Id}:{period.Label}:";
        var paid = (await db.PointsEntries.Where(e => e.Kind == PointsEntryKind.PurchaseMilestone && e.Key!.StartsWith(prefix))
                .Select(e => new { e.PartnerId, e.Key }).ToListAsync(ct))
            .ToLookup(e => e.PartnerId, e => int.Parse(e.Key![prefix.Length..], CultureInfo.InvariantCulture));

        var written = 0;
        foreach (var partner in shipped)
        {
            var award = PointsRules.MilestonesToAward(partner.Amount, rule.PointsPerStep, rule.StepAmount, paid[partner.PartnerId].ToList());
            foreach (var step in award.Steps)
            {
                await PointsLedger.PostAsync(db, new PointsEntry
                {
                    PartnerId = partner.PartnerId, Kind = PointsEntryKind.PurchaseMilestone, Points = rule.PointsPerStep,
                    Reason = string.Create(CultureInfo.InvariantCulture, $"{period.Label} ≥ ¥{rule.StepAmount * step:#,##0}"),
                    Key = prefix + step.ToString(CultureInfo.InvariantCulture), CreatedAt = now, CreatedByUserName = ActorNames.System,
                }, ct);
                written++;
            }
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return written;
    }
}
