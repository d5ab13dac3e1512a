using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

public sealed class DealerDashboardTests(DashboardDatabase fixture) : IClassFixture<DashboardDatabase>
{
    private TestDatabase Database => fixture.Database;

    private async Task<DealerDashboard> DashboardAsync(string email)
    {
        await Database.SignInAsync(email);
        return await Database.Get<DealerDashboardService>().GetAsync() ?? throw new InvalidOperationException("No dashboard.");
    }

    [Theory]
    [InlineData(DemoUsers.DealerP0001, "P0001")]
    [InlineData(DemoUsers.DealerP0002, "P0002")]
    public async Task Every_figure_equals_a_direct_count_of_the_partners_own_rows(string email, string code)
    {
        await using var db = await Database.CreateSystemContextAsync();
        var facts = await DashboardFacts.LoadAsync(db);
        var partnerId = await Database.PartnerIdAsync(code);
        var dashboard = await DashboardAsync(email);
        var today = facts.Today;
        var year = today.Year;

        Assert.Equal((partnerId, code), (dashboard.PartnerId, dashboard.PartnerCode));
        var account = facts.Accounts.Single(a => a.PartnerId == partnerId);
        Assert.Equal(new CreditGauge(account.CreditLimit, account.Balance, account.Balance + account.ApprovedUninvoiced,
            account.CreditLimit - account.Balance - account.ApprovedUninvoiced), dashboard.Credit);
        var overdue = facts.Overdue.Where(e => e.PartnerId == partnerId).ToList();
        Assert.Equal(new OverdueSummary(overdue.Count, overdue.Sum(e => e.OpenAmount)), dashboard.Overdue);

        decimal Month(int y, int m) => facts.Shipments.Where(s => s.PartnerId == partnerId && s.ShippedOn.Year == y && s.ShippedOn.Month == m).Sum(s => s.Amount);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new MonthlyAmount(m, Month(year, m))), dashboard.PurchasesThisYear);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new MonthlyAmount(m, Month(year - 1, m))), dashboard.PurchasesLastYear);
        Assert.Equal(facts.Shipped(partnerId, new DateOnly(year - 1, 1, 1), today.AddYears(-1)), dashboard.PurchasesLastYearToDate);
        Assert.True(dashboard.PurchasesThisYearTotal > 0);
        Assert.True(dashboard.HasOrders);

        var open = facts.Orders.Where(o => o.PartnerId == partnerId && o.Status is OrderStatus.Submitted or OrderStatus.PendingApproval
                or OrderStatus.Approved or OrderStatus.PartiallyShipped or OrderStatus.Shipped)
            .GroupBy(o => o.Status).Select(g => new StatusCount(g.Key, g.Count())).OrderBy(s => s.Status);
        Assert.Equal(open, dashboard.OpenOrders.OrderBy(s => s.Status));

        Assert.Equal(await db.PointsAccounts.Where(a => a.PartnerId == partnerId).Select(a => a.Balance).SingleOrDefaultAsync(), dashboard.PointsBalance);

        // The most often ordered products of the last twelve months, from the lines themselves.
        var since = new DateTimeOffset(DateTime.Today.AddMonths(-12));
        var orderIds = facts.Orders.Where(o => o.PartnerId == partnerId && o.SubmittedAt >= since
            && o.Status is not (OrderStatus.Draft or OrderStatus.Rejected or OrderStatus.Cancelled)).Select(o => o.Id).ToHashSet();
        var lines = await db.OrderLines.AsNoTracking().Where(l => orderIds.Contains(l.OrderId)).ToListAsync();
        var frequent = lines.GroupBy(l => l.ProductId)
            .Select(g => (ProductId: g.Key, Orders: g.Select(l => l.OrderId).Distinct().Count(), Quantity: g.Sum(l => l.Quantity)))
            .OrderByDescending(x => x.Orders).ThenByDescending(x => x.Quantity).ThenBy(x => x.ProductId).Take(5).ToList();
        Assert.Equal(frequent, dashboard.FrequentProducts.Select(p => (p.ProductId, p.OrderCount, p.QuantityBought)));
        Assert.All(dashboard.FrequentProducts, p => Assert.True(p.UsualQuantity >= 1));
    }

    [Fact]
    public async Task Courses_due_are_the_signed_in_learners_own_unpassed_assignments()
    {
        await using var db = await Database.CreateSystemContextAsync();
        var trainee = await Database.UserIdAsync(DemoUsers.TraineeP0001);
        var passed = await db.QuizAttempts.Where(q => q.UserId == trainee && q.Passed == true).Select(q => q.CourseId).ToListAsync();
        var due = await db.CourseAssignments
            .Where(a => a.UserId == trainee && a.Course!.Status == CourseStatus.Published && !passed.Contains(a.CourseId))
            .Select(a => a.DueOn).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var courses = (await DashboardAsync(DemoUsers.TraineeP0001)).Courses;

        Assert.NotEmpty(due);
        Assert.Equal(due.Count(d => d < today), courses.Overdue);
        Assert.Equal(due.Count - due.Count(d => d < today), courses.Open);
        Assert.Equal(due.Where(d => d >= today).Min(), courses.NextDueOn);
    }

    [Fact]
    public async Task Brand_staff_have_no_dealer_dashboard()
    {
        await Database.SignInAsync(DemoUsers.ManagerEast);
        Assert.Null(await Database.Get<DealerDashboardService>().GetAsync());
    }

    [Fact]
    public async Task A_partner_without_history_gets_an_empty_dashboard_not_an_error()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0002);

        var dashboard = await database.Get<DealerDashboardService>().GetAsync();

        Assert.NotNull(dashboard);
        Assert.False(dashboard.HasOrders);
        Assert.Empty(dashboard.FrequentProducts);
        Assert.Empty(dashboard.OpenOrders);
        Assert.All(dashboard.PurchasesThisYear, m => Assert.Equal(0m, m.Amount));
        Assert.Equal(12, dashboard.PurchasesLastYear.Count);
        Assert.NotNull(dashboard.Credit);
    }
}
