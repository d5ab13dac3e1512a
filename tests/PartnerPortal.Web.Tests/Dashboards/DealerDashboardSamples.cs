using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Tests.Rebates;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>Hand-made dealer dashboards for the component tests.</summary>
internal static class DealerDashboardSamples
{
    public static readonly DateOnly Today = new(2026, 5, 20);

    /// <summary>P0001 in May 2026: ¥347,000 of ¥500,000 used, two invoices overdue, orders in three statuses.</summary>
    public static DealerDashboard Busy() => new(
        PartnerId: 1, PartnerCode: "P0001", PartnerName: "杭州华泰电器", PartnerNameEn: "Hangzhou Huatai Appliances", Year: 2026,
        Credit: new CreditGauge(Limit: 500_000m, Balance: 312_500m, Exposure: 347_000m, Available: 153_000m),
        Overdue: new OverdueSummary(Count: 2, Amount: 48_250.50m),
        PurchasesThisYear: [new MonthlyAmount(1, 120_000m), new MonthlyAmount(2, 95_500m), new MonthlyAmount(3, 143_000m), new MonthlyAmount(4, 88_000m), new MonthlyAmount(5, 40_000m)],
        PurchasesLastYear: [new MonthlyAmount(1, 100_000m), new MonthlyAmount(6, 210_000m), new MonthlyAmount(12, 75_250m)],
        Rebates: [MyRebateCardTests.OnAmount(), MyRebateCardTests.OnQuantity()],
        PointsBalance: 1_250,
        Courses: new CoursesDue(Open: 3, Overdue: 1, NextDueOn: new DateOnly(2026, 6, 5)),
        OpenOrders: [new StatusCount(OrderStatus.Submitted, 2), new StatusCount(OrderStatus.PendingApproval, 1), new StatusCount(OrderStatus.Approved, 4)],
        FrequentProducts:
        [
            new FrequentProduct(11, "AC-1001", "变频空调 1.5匹", "Inverter AC 1.5 HP", OrderCount: 9, QuantityBought: 120, UsualQuantity: 12, CanOrder: true),
            new FrequentProduct(12, "WM-2002", "滚筒洗衣机 10kg", "Front-load washer 10 kg", OrderCount: 5, QuantityBought: 30, UsualQuantity: 6, CanOrder: false),
        ],
        HasOrders: true);

    /// <summary>A partner that signed up last week: a credit account, no orders, nothing else.</summary>
    public static DealerDashboard New() => Busy() with
    {
        Overdue = new OverdueSummary(0, 0m), PurchasesThisYear = [], PurchasesLastYear = [], Rebates = [], PointsBalance = 0,
        Courses = new CoursesDue(0, 0, null), OpenOrders = [], FrequentProducts = [], HasOrders = false,
    };
}
