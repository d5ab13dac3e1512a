using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>The dealer's home page figures, for the caller's own partner; each figure is one grouped query.</summary>
public sealed class DealerDashboardService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, MyRebatesService rebates,
    TimeProvider clock)
{
    /// <summary>How many products the reorder shortcut offers, and how far back it looks.</summary>
    public const int FrequentProductCount = 5;
    public const int FrequentProductMonths = 12;

    /// <summary>The caller's partner's dashboard; null when the caller belongs to no partner.</summary>
    public async Task<DealerDashboard?> GetAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await contexts.CreateAsync(ct);
        if (db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId) return null;
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new { p.Code, p.Name, p.NameEn }).FirstOrDefaultAsync(ct);
        if (partner is null) return null;

        var today = CommandSupport.Today(clock);
        var account = await db.CreditAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PartnerId == partnerId, ct);
        var overdue = await db.LedgerEntries.AsNoTracking().Where(e => e.PartnerId == partnerId).Overdue(today)
            .GroupBy(e => e.PartnerId)
            .Select(g => new OverdueSummary(g.Count(), g.Sum(e => e.OpenAmount)))
            .FirstOrDefaultAsync(ct) ?? new OverdueSummary(0, 0m);
        var (thisYear, lastYear) = await PurchasesAsync(db, partnerId, today.Year, ct);
        // Last year up to the same day: the whole months before this one and this month's days so far.
        var sameDayLastYear = today.AddYears(-1);
        var monthStartLastYear = DashboardQueries.MonthStart(sameDayLastYear);
        var lastYearToDate = lastYear.Where(m => m.Month < today.Month).Sum(m => m.Amount)
            + await db.Shipments.Where(s => s.PartnerId == partnerId && s.ShippedOn >= monthStartLastYear && s.ShippedOn <= sameDayLastYear)
                .SumAsync(s => s.Amount, ct);
        var points = await db.PointsAccounts.AsNoTracking().Where(a => a.PartnerId == partnerId).Select(a => a.Balance).FirstOrDefaultAsync(ct);
        var openOrders = await OpenOrdersAsync(db, partnerId, ct);
        var hasOrders = await db.Orders.AnyAsync(o => o.PartnerId == partnerId && o.Status != OrderStatus.Draft, ct);

        return new DealerDashboard(partnerId, partner.Code, partner.Name, partner.NameEn, today.Year,
            account is null ? null : new CreditGauge(account.CreditLimit, account.Balance, account.Exposure, account.Available),
            overdue, thisYear, lastYear, await rebates.GetCurrentAsync(ct), points,
            await CoursesDueAsync(db, user.UserId, today, ct), openOrders,
            await FrequentProductsAsync(db, partnerId, today, ct), hasOrders, lastYearToDate, await DocumentsDueAsync(db, partnerId, today, ct));
    }

    /// <summary>The partner's documents expired or expiring within 30 days, by the managers' rule, soonest first.</summary>
    private static async Task<List<DocumentDue>> DocumentsDueAsync(PortalDbContext db, int partnerId, DateOnly today, CancellationToken ct)
    {
        var due = await db.PartnerDocuments.AsNoTracking().Where(d => d.PartnerId == partnerId)
            .ExpiringWithin(today, ExpiringDocuments.DefaultDays)
            .OrderBy(d => d.ExpiresOn).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Kind, d.Number, d.ExpiresOn,
                RenewalPending = db.PartnerDocumentRenewals.Any(r => r.DocumentId == d.Id && r.Status == RenewalStatus.Pending),
            })
            .ToListAsync(ct);
        return due.Select(d => new DocumentDue(d.Id, d.Kind, d.Number, d.ExpiresOn, d.ExpiresOn.DayNumber - today.DayNumber,
            PartnerDocumentRules.StateOf(d.ExpiresOn, today), d.RenewalPending)).ToList();
    }

    /// <summary>Shipped amount by month of this year and last, twelve months each (months with nothing shipped are 0).</summary>
    private static async Task<(List<MonthlyAmount> ThisYear, List<MonthlyAmount> LastYear)> PurchasesAsync(PortalDbContext db, int partnerId,
        int year, CancellationToken ct)
    {
        var from = new DateOnly(year - 1, 1, 1);
        var until = new DateOnly(year + 1, 1, 1);
        var sums = await db.Shipments.AsNoTracking()
            .Where(s => s.PartnerId == partnerId && s.ShippedOn >= from && s.ShippedOn < until)
            .GroupBy(s => new { s.ShippedOn.Year, s.ShippedOn.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(s => s.Amount) })
            .ToListAsync(ct);
        List<MonthlyAmount> Months(int y) => Enumerable.Range(1, 12)
            .Select(m => new MonthlyAmount(m, sums.Where(s => s.Year == y && s.Month == m).Sum(s => s.Amount))).ToList();
        return (Months(year), Months(year - 1));
    }

    private static async Task<List<StatusCount>> OpenOrdersAsync(PortalDbContext db, int partnerId, CancellationToken ct)
    {
        var open = new[] { OrderStatus.Submitted, OrderStatus.PendingApproval, OrderStatus.Approved, OrderStatus.PartiallyShipped, OrderStatus.Shipped };
        var counts = await db.Orders.AsNoTracking().Where(o => o.PartnerId == partnerId && open.Contains(o.Status))
            .GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.OrderBy(c => Array.IndexOf(open, c.Status)).Select(c => new StatusCount(c.Status, c.Count)).ToList();
    }

    /// <summary>The learner's own assignments of published courses they have not passed.</summary>
    private static async Task<CoursesDue> CoursesDueAsync(PortalDbContext db, string? userId, DateOnly today, CancellationToken ct)
    {
        if (userId is null) return new CoursesDue(0, 0, null);
        var due = await db.CourseAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && a.Course!.Status == Domain.Training.CourseStatus.Published
                && !db.QuizAttempts.Any(q => q.UserId == userId && q.CourseId == a.CourseId && q.Passed == true))
            .Select(a => a.DueOn)
            .ToListAsync(ct);
        var overdue = due.Count(d => d < today);
        var next = due.Where(d => d >= today).Min();
        return new CoursesDue(due.Count - overdue, overdue, next);
    }

    /// <summary>The products the partner ordered most often in the last year, with the quantity it usually takes.</summary>
    private async Task<List<FrequentProduct>> FrequentProductsAsync(PortalDbContext db, int partnerId, DateOnly today,
        CancellationToken ct)
    {
        var since = DashboardQueries.StartOf(today.AddMonths(-FrequentProductMonths), clock);
        var bought = await db.OrderLines.AsNoTracking()
            .Where(l => l.Order!.PartnerId == partnerId && l.Order.SubmittedAt >= since
                && l.Order.Status != OrderStatus.Draft && l.Order.Status != OrderStatus.Rejected && l.Order.Status != OrderStatus.Cancelled)
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Orders = g.Select(l => l.OrderId).Distinct().Count(), Quantity = g.Sum(l => l.Quantity) })
            .OrderByDescending(x => x.Orders).ThenByDescending(x => x.Quantity).ThenBy(x => x.ProductId)
            .Take(FrequentProductCount)
            .ToListAsync(ct);
        var ids = bought.Select(b => b.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sku, p.Name, p.NameEn, p.MinOrderQuantity, p.OrderMultiple, p.IsActive })
            .ToDictionaryAsync(p => p.Id, ct);
        return bought.Where(b => products.ContainsKey(b.ProductId)).Select(b =>
        {
            var p = products[b.ProductId];
            var usual = ReorderQuantity.Suggest(b.Quantity, b.Orders, new QuantityRule(p.MinOrderQuantity, p.OrderMultiple, p.IsActive));
            return new FrequentProduct(p.Id, p.Sku, p.Name, p.NameEn, b.Orders, b.Quantity, usual, p.IsActive);
        }).ToList();
    }
}
