using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>
/// The figures behind the health score of many partners at once: one grouped query per source (shipments by month,
/// overdue invoices, balances, course assignments, rebate accruals), never a query per partner.
/// </summary>
internal static class PartnerHealthInputs
{
    /// <summary>The earliest day whose shipments the score looks at: the start of the growth window a year back.</summary>
    public static DateOnly ShipmentsFrom(DateOnly today) =>
        DashboardQueries.MonthStart(today).AddMonths(-PartnerHealthCalculator.GrowthWindowMonths - 12);

    /// <summary>
    /// The inputs of every partner in <paramref name="partners"/>. <paramref name="months"/> must hold those partners'
    /// shipped amounts by month from <see cref="ShipmentsFrom"/> to the end of last month (more months are ignored).
    /// </summary>
    public static async Task<Dictionary<int, PartnerHealthInput>> LoadAsync(PortalDbContext db, IQueryable<Partner> partners,
        IReadOnlyList<PartnerMonth> months, DateOnly today, CancellationToken ct)
    {
        var partnerIds = partners.Select(p => p.Id);
        var overdue = await db.LedgerEntries.AsNoTracking().Where(e => partnerIds.Contains(e.PartnerId)).Overdue(today)
            .GroupBy(e => e.PartnerId).Select(g => new { PartnerId = g.Key, Amount = g.Sum(e => e.OpenAmount) })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Amount, ct);
        var balances = await db.CreditAccounts.AsNoTracking().Where(a => partnerIds.Contains(a.PartnerId))
            .Select(a => new { a.PartnerId, a.Balance }).ToDictionaryAsync(x => x.PartnerId, x => x.Balance, ct);
        var training = await (
                from a in db.CourseAssignments.AsNoTracking()
                join u in db.Users on a.UserId equals u.Id
                where u.PartnerId != null && partnerIds.Contains(u.PartnerId.Value) && a.Course!.Status == CourseStatus.Published
                select new
                {
                    PartnerId = u.PartnerId!.Value,
                    Passed = db.QuizAttempts.Any(q => q.UserId == a.UserId && q.CourseId == a.CourseId && q.Passed == true),
                })
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Assigned = g.Count(), Passed = g.Count(x => x.Passed) })
            .ToDictionaryAsync(x => x.PartnerId, ct);
        var rebateFrom = today.AddMonths(-PartnerHealthCalculator.RebateWindowMonths);
        var rebates = await db.RebateAccruals.AsNoTracking()
            .Where(r => partnerIds.Contains(r.PartnerId) && r.PeriodEnd < today && r.PeriodEnd >= rebateFrom)
            .GroupBy(r => r.PartnerId)
            .Select(g => new { PartnerId = g.Key, Periods = g.Count(), WithTier = g.Count(r => r.TierReached > 0) })
            .ToDictionaryAsync(x => x.PartnerId, ct);

        var shipped = ShippedWindows(months, today);
        var ids = await partnerIds.ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            var s = shipped.GetValueOrDefault(id);
            training.TryGetValue(id, out var t);
            rebates.TryGetValue(id, out var r);
            return new PartnerHealthInput(s.Recent, s.YearBefore, s.MonthsWithPurchases, balances.GetValueOrDefault(id),
                overdue.GetValueOrDefault(id), t?.Assigned ?? 0, t?.Passed ?? 0, r?.Periods ?? 0, r?.WithTier ?? 0);
        });
    }

    /// <summary>Per partner: the growth window's amount, the same window a year before, and the months with purchases.</summary>
    private static Dictionary<int, (decimal Recent, decimal YearBefore, int MonthsWithPurchases)> ShippedWindows(
        IReadOnlyList<PartnerMonth> months, DateOnly today)
    {
        var thisMonth = DashboardQueries.MonthStart(today);
        static int Key(DateOnly month) => month.Year * 12 + month.Month - 1;
        var current = Key(thisMonth);
        var result = new Dictionary<int, (decimal Recent, decimal YearBefore, int MonthsWithPurchases)>();
        foreach (var m in months)
        {
            var age = current - (m.Year * 12 + m.Month - 1); // 1 = last month
            if (age < 1) continue;
            var (recent, yearBefore, regular) = result.GetValueOrDefault(m.PartnerId);
            if (age <= PartnerHealthCalculator.GrowthWindowMonths) recent += m.Amount;
            if (age > 12 && age <= 12 + PartnerHealthCalculator.GrowthWindowMonths) yearBefore += m.Amount;
            if (age <= PartnerHealthCalculator.RegularityWindowMonths && m.Amount > 0) regular++;
            result[m.PartnerId] = (recent, yearBefore, regular);
        }
        return result;
    }
}
