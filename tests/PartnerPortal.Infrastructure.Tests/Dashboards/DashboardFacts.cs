using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The dashboards' figures worked out the plain way: every row loaded and added up in memory. What the services
/// compute with grouped queries must come out the same.
/// </summary>
internal sealed class DashboardFacts
{
    public required DateOnly Today { get; init; }
    public required List<Partner> Partners { get; init; }
    public required List<Shipment> Shipments { get; init; }
    public required List<LedgerEntry> Ledger { get; init; }
    public required List<CreditAccount> Accounts { get; init; }
    public required List<Order> Orders { get; init; }
    public required List<(string UserId, int? PartnerId)> Users { get; init; }
    public required List<CourseAssignment> Assignments { get; init; }
    public required List<Course> Courses { get; init; }
    public required List<QuizAttempt> Attempts { get; init; }
    public required List<Domain.Rebates.RebateAccrual> Accruals { get; init; }

    public static async Task<DashboardFacts> LoadAsync(PortalDbContext db) => new()
    {
        Today = DateOnly.FromDateTime(DateTime.Now),
        Partners = await db.Partners.AsNoTracking().ToListAsync(),
        Shipments = await db.Shipments.AsNoTracking().ToListAsync(),
        Ledger = await db.LedgerEntries.AsNoTracking().ToListAsync(),
        Accounts = await db.CreditAccounts.AsNoTracking().ToListAsync(),
        Orders = await db.Orders.AsNoTracking().ToListAsync(),
        Users = (await db.Users.AsNoTracking().Select(u => new { u.Id, u.PartnerId }).ToListAsync()).Select(u => (u.Id, u.PartnerId)).ToList(),
        Assignments = await db.CourseAssignments.AsNoTracking().ToListAsync(),
        Courses = await db.Courses.AsNoTracking().ToListAsync(),
        Attempts = await db.QuizAttempts.AsNoTracking().ToListAsync(),
        Accruals = await db.RebateAccruals.AsNoTracking().ToListAsync(),
    };

    public int RegionOf(int partnerId) => Partners.Single(p => p.Id == partnerId).RegionId;

    public decimal Shipped(int partnerId, DateOnly from, DateOnly through) =>
        Shipments.Where(s => s.PartnerId == partnerId && s.ShippedOn >= from && s.ShippedOn <= through).Sum(s => s.Amount);

    public decimal ShippedInRegion(int regionId, int year, int month) =>
        Shipments.Where(s => RegionOf(s.PartnerId) == regionId && s.ShippedOn.Year == year && s.ShippedOn.Month == month).Sum(s => s.Amount);

    public List<LedgerEntry> Overdue => Ledger
        .Where(e => e.Kind == LedgerEntryKind.Invoice && e.OpenAmount > 0 && e.DueDate is { } due && due < Today).ToList();

    /// <summary>The health input as the definition reads, partner by partner.</summary>
    public PartnerHealthInput HealthInput(int partnerId)
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var recent = Shipped(partnerId, thisMonth.AddMonths(-3), thisMonth.AddDays(-1));
        var yearBefore = Shipped(partnerId, thisMonth.AddMonths(-15), thisMonth.AddMonths(-12).AddDays(-1));
        var months = Enumerable.Range(1, 6).Count(m => Shipped(partnerId, thisMonth.AddMonths(-m), thisMonth.AddMonths(-m + 1).AddDays(-1)) > 0);
        var staff = Users.Where(u => u.PartnerId == partnerId).Select(u => u.UserId).ToHashSet();
        var published = Courses.Where(c => c.Status == CourseStatus.Published).Select(c => c.Id).ToHashSet();
        var enrolled = Assignments.Select(a => (a.UserId, a.CourseId)).Concat(Attempts.Select(q => (q.UserId, q.CourseId))).Distinct()
            .Where(e => staff.Contains(e.UserId) && published.Contains(e.CourseId)).ToList();
        var passed = enrolled.Count(e => Attempts.Any(q => q.UserId == e.UserId && q.CourseId == e.CourseId && q.Passed == true));
        var accruals = Accruals.Where(r => r.PartnerId == partnerId && r.PeriodEnd < Today && r.PeriodEnd >= Today.AddMonths(-12)).ToList();
        return new PartnerHealthInput(recent, yearBefore, months,
            Accounts.SingleOrDefault(a => a.PartnerId == partnerId)?.Balance ?? 0m,
            Overdue.Where(e => e.PartnerId == partnerId).Sum(e => e.OpenAmount),
            enrolled.Count, passed, accruals.Count, accruals.Count(r => r.TierReached > 0));
    }

    /// <summary>Active partners with no order (other than a draft) since the start of the day 60 days ago.</summary>
    public List<int> Silent(IEnumerable<Partner> partners)
    {
        var since = new DateTimeOffset(DateTime.Today.AddDays(-60));
        return partners.Where(p => p.Status == PartnerStatus.Active
                && !Orders.Any(o => o.PartnerId == p.Id && o.Status != OrderStatus.Draft && o.SubmittedAt >= since))
            .Select(p => p.Id).ToList();
    }
}
