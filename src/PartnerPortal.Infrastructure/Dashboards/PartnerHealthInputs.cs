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
    /// The inputs of every partner in <paramref name="partnerIds"/> (partners the context's scope sees, in
    /// <paramref name="regionId"/> when given). <paramref name="months"/> must hold their shipped amounts by month from
    /// <see cref="ShipmentsFrom"/> to the end of last month (more months are ignored). Each source is grouped over the
    /// scope and region and only then narrowed to the partners asked for: a list of partner ids inside the query makes
    /// SQLite look partners up one by one instead of reading each table once.
    /// </summary>
    public static async Task<Dictionary<int, PartnerHealthInput>> LoadAsync(PortalDbContext db, int? regionId, IReadOnlyCollection<int> partnerIds,
        IReadOnlyList<PartnerMonth> months, DateOnly today, CancellationToken ct)
    {
        var ledger = db.LedgerEntries.AsNoTracking();
        var accounts = db.CreditAccounts.AsNoTracking();
        var accruals = db.RebateAccruals.AsNoTracking();
        var staff = db.Users.Where(u => u.PartnerId != null);
        if (regionId is { } region)
        {
            ledger = ledger.Where(e => e.Partner!.RegionId == region);
            accounts = accounts.Where(a => a.Partner!.RegionId == region);
            accruals = accruals.Where(r => r.Partner!.RegionId == region);
        }
        // Users are not partner-owned rows: only staff of partners the scope sees count.
        var visible = DashboardQueries.Partners(db, regionId).Select(p => p.Id);
        staff = staff.Where(u => visible.Contains(u.PartnerId!.Value));

        var overdue = await ledger.Overdue(today)
            .GroupBy(e => e.PartnerId).Select(g => new { PartnerId = g.Key, Amount = g.Sum(e => e.OpenAmount) })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Amount, ct);
        var balances = await accounts.Select(a => new { a.PartnerId, a.Balance }).ToDictionaryAsync(x => x.PartnerId, x => x.Balance, ct);
        // A learner is enrolled in a course that is assigned to them or that they have attempted (as the training
        // progress page counts); passed when one of their attempts passed.
        var enrolments = db.CourseAssignments.Select(a => new { a.UserId, a.CourseId })
            .Union(db.QuizAttempts.Select(q => new { q.UserId, q.CourseId }));
        var training = await (
                from e in enrolments
                join u in staff on e.UserId equals u.Id
                join c in db.Courses on e.CourseId equals c.Id
                where c.Status == CourseStatus.Published
                select new
                {
                    PartnerId = u.PartnerId!.Value,
                    Passed = db.QuizAttempts.Any(q => q.UserId == e.UserId && q.CourseId == e.CourseId && q.Passed == true),
                })
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Enrolled = g.Count(), Passed = g.Count(x => x.Passed) })
            .ToDictionaryAsync(x => x.PartnerId, ct);
        var rebateFrom = today.AddMonths(-PartnerHealthCalculator.RebateWindowMonths);
        var rebates = await accruals
            .Where(r => r.PeriodEnd < today && r.PeriodEnd >= rebateFrom)
            .GroupBy(r => r.PartnerId)
            .Select(g => new { PartnerId = g.Key, Periods = g.Count(), WithTier = g.Count(r => r.TierReached > 0) })
            .ToDictionaryAsync(x => x.PartnerId, ct);

        var shipped = ShippedWindows(months, today);
        return partnerIds.ToDictionary(id => id, id =>
        {
            var s = shipped.GetValueOrDefault(id);
            training.TryGetValue(id, out var t);
            rebates.TryGetValue(id, out var r);
            return new PartnerHealthInput(s.Recent, s.YearBefore, s.MonthsWithPurchases, balances.GetValueOrDefault(id),
                overdue.GetValueOrDefault(id), t?.Enrolled ?? 0, t?.Passed ?? 0, r?.Periods ?? 0, r?.WithTier ?? 0);
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
