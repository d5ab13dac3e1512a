using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>An amount for one calendar month (1 to 12).</summary>
public sealed record MonthlyAmount(int Month, decimal Amount);

/// <summary>How many orders are in one status.</summary>
public sealed record StatusCount(OrderStatus Status, int Count);

/// <summary>The credit limit and how it is used, for the gauge: <see cref="Exposure"/> = balance + approved but not yet invoiced.</summary>
public sealed record CreditGauge(decimal Limit, decimal Balance, decimal Exposure, decimal Available);

/// <summary>Invoices past their due date with something still unpaid, and the unpaid total.</summary>
public sealed record OverdueSummary(int Count, decimal Amount);

/// <summary>The signed-in learner's assigned courses not yet passed: with a due date ahead, past it, and the next date.</summary>
public sealed record CoursesDue(int Open, int Overdue, DateOnly? NextDueOn);

/// <summary>A product the partner buys often, with the quantity it usually orders (rounded to the product's ordering rules).</summary>
public sealed record FrequentProduct(int ProductId, string Sku, string Name, string NameEn, int OrderCount, int QuantityBought,
    int UsualQuantity, bool CanOrder);

/// <summary>
/// The dealer's home page. Purchases are shipped amounts by month, this year and last; <see cref="DocumentsDue"/> are the
/// partner's qualification documents expired or expiring within 30 days.
/// </summary>
public sealed record DealerDashboard(
    int PartnerId, string PartnerCode, string PartnerName, string PartnerNameEn, int Year,
    CreditGauge? Credit, OverdueSummary Overdue,
    IReadOnlyList<MonthlyAmount> PurchasesThisYear, IReadOnlyList<MonthlyAmount> PurchasesLastYear,
    IReadOnlyList<MyRebateProgress> Rebates, int PointsBalance, CoursesDue Courses,
    IReadOnlyList<StatusCount> OpenOrders, IReadOnlyList<FrequentProduct> FrequentProducts, bool HasOrders,
    decimal PurchasesLastYearToDate = 0m, IReadOnlyList<DocumentDue>? DocumentsDue = null)
{
    public decimal PurchasesThisYearTotal => PurchasesThisYear.Sum(m => m.Amount);
    public decimal PurchasesLastYearTotal => PurchasesLastYear.Sum(m => m.Amount);
}

/// <summary>A region the caller sees, for the dashboard's filter and chart legend.</summary>
public sealed record DashboardRegion(int Id, string Code, string Name, string NameEn);

/// <summary>
/// One region's shipped amount by month (twelve values each), this year and last; <see cref="LastYearToDate"/> is last
/// year up to the same day, to compare with this year's total.
/// </summary>
public sealed record RegionSalesTrend(int RegionId, string Name, string NameEn, IReadOnlyList<decimal> ThisYear, IReadOnlyList<decimal> LastYear,
    decimal LastYearToDate = 0m)
{
    public decimal ThisYearTotal => ThisYear.Sum();
    public decimal LastYearTotal => LastYear.Sum();
}

/// <summary>
/// A partner's shipped amount this year to date and in the same days of last year, and its recent growth: the last
/// three full months against the same months a year earlier, as a fraction (0.125 = +12.5%), as the health score
/// measures it; null when nothing was shipped in those months a year earlier.
/// </summary>
public sealed record PartnerRanking(int PartnerId, string Code, string Name, string NameEn, PartnerTier Tier, int RegionId,
    string RegionName, string RegionNameEn, decimal ShippedThisYear, decimal ShippedLastYear, decimal? Growth);

/// <summary>The work waiting for brand staff. Low stock is the brand's (warehouses serve every region).</summary>
/// <param name="RequestedReturns">Returns waiting for a decision, in every region the caller sees (the returns list has no region filter).</param>
public sealed record WorkQueues(int PendingApprovals, int PendingRedemptions, int OverdueInvoices, decimal OverdueAmount,
    int LowStockProducts, int SilentPartners, int ExpiringDocuments, int PendingRenewals = 0, int RequestedReturns = 0);

/// <summary>Courses a partner's staff are enrolled in (assigned or attempted) and how many of those are passed.</summary>
public sealed record PartnerTrainingCompletion(int PartnerId, string Code, string Name, string NameEn, int Enrolled, int Passed)
{
    /// <summary>Passed share in whole percent, rounded half up; 0 with nothing assigned.</summary>
    public int Percent => Enrolled == 0 ? 0 : (int)Math.Round(100m * Passed / Enrolled, MidpointRounding.AwayFromZero);
}

/// <summary>A partner with its health score and the figures behind it.</summary>
public sealed record PartnerHealthRow(int PartnerId, string Code, string Name, string NameEn, PartnerTier Tier, int RegionId,
    string RegionName, string RegionNameEn, PartnerHealthInput Input, PartnerHealthScore Health);

/// <summary>How many partners are in each health band.</summary>
public sealed record HealthBands(int Healthy, int Watch, int AtRisk);

/// <summary>
/// The channel manager's (and admin's) home: their regions, or one of them. Sales are shipped amounts; "this year" runs
/// to today and "last year" to the same day.
/// </summary>
public sealed record ManagerDashboard(
    int Year, DateOnly Today, IReadOnlyList<DashboardRegion> Regions, int? RegionId, int PartnerCount,
    IReadOnlyList<RegionSalesTrend> SalesTrend,
    IReadOnlyList<PartnerRanking> TopPartners, IReadOnlyList<PartnerRanking> BottomPartners,
    IReadOnlyList<PartnerRanking> FastestGrowing, IReadOnlyList<PartnerRanking> FastestDeclining,
    HealthBands HealthBands, IReadOnlyList<PartnerHealthRow> LowestHealth,
    WorkQueues Queues, IReadOnlyList<PartnerTrainingCompletion> TrainingCompletion);
