using AngleSharp.Dom;
using Bunit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The channel manager's home, rendered from hand-made figures: every number links to the list it counts.</summary>
public sealed class ManagerDashboardViewTests : BunitTestContext
{
    private static readonly DateOnly Today = new(2025, 8, 15);

    private static decimal[] Months(params decimal[] first) => first.Concat(Enumerable.Repeat(0m, 12 - first.Length)).ToArray();

    private static PartnerRanking Ranked(int id, string code, decimal thisYear, decimal lastYear, decimal? growth, PartnerTier tier = PartnerTier.Core) =>
        new(id, code, "伙伴" + code, "Partner " + code, tier, 1, "华东", "East", thisYear, lastYear, growth);

    internal static ManagerDashboard Figures(int? regionId = null) => new(
        Year: 2025, Today: Today,
        Regions: [new DashboardRegion(1, "EAST", "华东", "East"), new DashboardRegion(2, "SOUTH", "华南", "South")],
        RegionId: regionId, PartnerCount: 3,
        SalesTrend:
        [
            // East: 120,000 this year against 100,000 → +20.0%; South: nothing last year → no growth figure.
            new RegionSalesTrend(1, "华东", "East", Months(30_000m, 40_000m, 50_000m), Months(25_000m, 35_000m, 40_000m), LastYearToDate: 96_000m),
            new RegionSalesTrend(2, "华南", "South", Months(0m, 8_000m), Months()),
        ],
        TopPartners: [Ranked(11, "P0011", 90_000m, 72_000m, 0.25m, PartnerTier.Strategic), Ranked(12, "P0012", 30_000m, 0m, null)],
        BottomPartners: [Ranked(13, "P0013", 8_000m, 10_000m, -0.2m, PartnerTier.Standard)],
        FastestGrowing: [Ranked(11, "P0011", 90_000m, 72_000m, 0.25m, PartnerTier.Strategic)],
        FastestDeclining: [Ranked(13, "P0013", 8_000m, 10_000m, -0.2m, PartnerTier.Standard)],
        HealthBands: new HealthBands(Healthy: 5, Watch: 2, AtRisk: 1),
        LowestHealth: [HealthFigures.Row(13, "P0013", "远大", HealthFigures.AtRisk), HealthFigures.Row(11, "P0011", "恒通", HealthFigures.Healthy)],
        Queues: new WorkQueues(PendingApprovals: 3, PendingRedemptions: 2, OverdueInvoices: 4, OverdueAmount: 12_345.6m,
            LowStockProducts: 0, SilentPartners: 1, ExpiringDocuments: 0),
        TrainingCompletion: [new PartnerTrainingCompletion(11, "P0011", "恒通", "Hengtong", 4, 3), new PartnerTrainingCompletion(12, "P0012", "远大", "Yuanda", 8, 2)]);

    private IRenderedComponent<ManagerDashboardView> RenderView(ManagerDashboard dashboard) =>
        Render<ManagerDashboardView>(p => p.Add(x => x.Dashboard, dashboard));

    private static string CountHref(IRenderedComponent<ManagerDashboardView> cut, string queue) =>
        cut.Find($"[data-testid={queue}] [data-testid=queue-count]").GetAttribute("href")!;

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Every_waiting_queue_links_its_count_to_the_list_filtered_to_what_it_counts()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        Assert.Equal("/approvals", CountHref(cut, "queue-approvals"));
        Assert.Equal("3", cut.Find("[data-testid=queue-approvals] [data-testid=queue-count]").TextContent.Trim());
        Assert.Equal("/points/redemptions?status=Pending", CountHref(cut, "queue-redemptions"));
        Assert.Equal("/invoices?overdue=true", CountHref(cut, "queue-overdue"));
        Assert.Equal("4", cut.Find("[data-testid=queue-overdue] [data-testid=queue-count]").TextContent.Trim());
        Assert.Equal("¥12,345.60 unpaid", cut.Find("[data-testid=queue-overdue] [data-testid=queue-detail]").TextContent.Trim());
        Assert.Equal("/partners?silentDays=60", CountHref(cut, "queue-silent"));
        Assert.Equal("No order in 60 days", cut.Find("[data-testid=queue-silent] [data-testid=queue-note]").TextContent.Trim());
    }

    [Fact]
    public void With_a_region_chosen_every_link_carries_the_region()
    {
        UseCulture(PortalCultures.English);
        var figures = Figures(regionId: 2) with
        {
            Queues = new WorkQueues(3, 2, 4, 12_345.6m, LowStockProducts: 7, SilentPartners: 1, ExpiringDocuments: 5),
        };

        var cut = RenderView(figures);

        Assert.Equal("/approvals?regionId=2", CountHref(cut, "queue-approvals"));
        Assert.Equal("/points/redemptions?status=Pending&regionId=2", CountHref(cut, "queue-redemptions"));
        Assert.Equal("/invoices?overdue=true&regionId=2", CountHref(cut, "queue-overdue"));
        Assert.Equal("/partners?regionId=2&silentDays=60", CountHref(cut, "queue-silent"));
        Assert.Equal("/partners/documents?expiringDays=30&regionId=2", CountHref(cut, "queue-documents"));
        // Warehouses serve every region: low stock is the brand's, whatever the region.
        Assert.Equal("/low-stock", CountHref(cut, "queue-low-stock"));
        Assert.Equal("Products, all warehouses", cut.Find("[data-testid=queue-low-stock] [data-testid=queue-note]").TextContent.Trim());
        Assert.Equal("/partners/health?regionId=2", cut.Find("[data-testid=health-all]").GetAttribute("href"));
        Assert.Equal("/partners/health?regionId=2&band=AtRisk",
            cut.Find("[data-testid=health-band-AtRisk] [data-testid=health-band-count]").GetAttribute("href"));
        Assert.Equal("/training/progress?regionId=2", cut.Find("[data-testid=training-link]").GetAttribute("href"));
    }

    [Fact]
    public void A_queue_with_nothing_waiting_says_all_clear_without_a_link()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        foreach (var queue in new[] { "queue-low-stock", "queue-documents" })
        {
            Assert.Equal("All clear", cut.Find($"[data-testid={queue}] [data-testid=queue-clear]").TextContent.Trim());
            Assert.Empty(cut.FindAll($"[data-testid={queue}] a"));
        }
        Assert.Empty(cut.FindAll("[data-testid=queue-approvals] [data-testid=queue-clear]"));
    }

    [Fact]
    public void Ranking_rows_link_to_the_partner_and_to_its_orders_of_this_year()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        var top = cut.FindAll("[data-testid=ranking-top] [data-testid=ranking-row]");
        Assert.Equal(2, top.Count);
        var first = top[0];
        var partner = first.QuerySelector("[data-testid=ranking-partner]")!;
        Assert.Equal("/partners/11", partner.GetAttribute("href"));
        Assert.Equal("P0011 Partner P0011", Text(partner));
        Assert.Equal("Strategic", first.QuerySelector("[data-testid=ranking-tier]")!.TextContent.Trim());
        var amount = first.QuerySelector("[data-testid=ranking-amount]")!;
        Assert.Equal("/shipments?partnerId=11&from=2025-01-01&to=2025-08-15", amount.GetAttribute("href"));
        Assert.Equal("¥90,000.00", amount.TextContent.Trim());
        Assert.Equal("+25.0%", first.QuerySelector("[data-testid=ranking-growth]")!.TextContent.Trim());
        Assert.Contains("East", first.TextContent);

        Assert.Equal("-20.0%", cut.Find("[data-testid=ranking-declining] [data-testid=ranking-growth]").TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=ranking-growing] [data-testid=ranking-row]"));
        Assert.Single(cut.FindAll("[data-testid=ranking-bottom] [data-testid=ranking-row]"));
    }

    [Fact]
    public void Empty_growth_and_decline_lists_say_that_nobody_grew_or_declined()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures() with { FastestGrowing = [], FastestDeclining = [] });

        Assert.Equal("No partner grew.", cut.Find("[data-testid=ranking-growing] [data-testid=ranking-empty]").TextContent.Trim());
        Assert.Equal("No partner declined.", cut.Find("[data-testid=ranking-declining] [data-testid=ranking-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=ranking-growing] [data-testid=ranking-row]"));
        Assert.Contains("growth: the last three full months against the same months a year earlier",
            cut.Find("[data-testid=partner-ranking]").TextContent);
    }

    [Fact]
    public void Empty_growth_and_decline_lists_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderView(Figures() with { FastestGrowing = [], FastestDeclining = [] });

        Assert.Equal("没有增长的合作伙伴。", cut.Find("[data-testid=ranking-growing] [data-testid=ranking-empty]").TextContent.Trim());
        Assert.Equal("没有下滑的合作伙伴。", cut.Find("[data-testid=ranking-declining] [data-testid=ranking-empty]").TextContent.Trim());
    }

    [Fact]
    public void A_partner_without_purchases_last_year_shows_new_instead_of_a_growth()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        var second = cut.FindAll("[data-testid=ranking-top] [data-testid=ranking-row]")[1];
        Assert.Equal("12", second.GetAttribute("data-partner-id"));
        Assert.Equal("new", second.QuerySelector("[data-testid=ranking-growth]")!.TextContent.Trim());
    }

    [Fact]
    public void The_sales_table_compares_the_same_days_of_both_years_and_links_each_amount_to_its_shipments()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        var rows = cut.FindAll("[data-testid=sales-row]");
        Assert.Equal(2, rows.Count);
        var east = rows[0];
        Assert.Contains("East", east.TextContent);
        var thisYear = east.QuerySelector("[data-testid=sales-this-year]")!;
        Assert.Equal("¥120,000.00", thisYear.TextContent.Trim());
        Assert.Equal("/shipments?regionId=1&from=2025-01-01&to=2025-08-15", thisYear.GetAttribute("href"));
        // Growth compares the same days: 120,000 against 96,000 shipped by 15 August last year = +25 %.
        var sameDays = east.QuerySelector("[data-testid=sales-last-year-to-date]")!;
        Assert.Equal("¥96,000.00", sameDays.TextContent.Trim());
        Assert.Equal("/shipments?regionId=1&from=2024-01-01&to=2024-08-15", sameDays.GetAttribute("href"));
        Assert.Equal("+25.0%", east.QuerySelector("[data-testid=sales-growth]")!.TextContent.Trim());
        var wholeYear = east.QuerySelector("[data-testid=sales-last-year]")!;
        Assert.Equal("¥100,000.00", wholeYear.TextContent.Trim());
        Assert.Equal("/shipments?regionId=1&from=2024-01-01&to=2024-12-31", wholeYear.GetAttribute("href"));
        Assert.Equal("—", rows[1].QuerySelector("[data-testid=sales-growth]")!.TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=sales-chart]"));
    }

    [Fact]
    public void Health_band_counts_link_to_the_scores_of_that_band()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        (string Band, string Count)[] expected = [("Healthy", "5"), ("Watch", "2"), ("AtRisk", "1")];
        foreach (var (band, count) in expected)
        {
            var link = cut.Find($"[data-testid=health-band-{band}] [data-testid=health-band-count]");
            Assert.Equal(count, link.TextContent.Trim());
            Assert.Equal($"/partners/health?band={band}", link.GetAttribute("href"));
        }
        Assert.Contains("At risk", cut.Find("[data-testid=health-band-AtRisk]").TextContent);
        Assert.Equal("/partners/health", cut.Find("[data-testid=health-all]").GetAttribute("href"));
    }

    [Fact]
    public void The_lowest_scores_show_the_score_band_and_points_per_factor()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        var lowest = cut.FindAll("[data-testid=health-lowest]");
        Assert.Equal(2, lowest.Count);
        var first = lowest[0];
        Assert.Equal("13 · At risk", first.QuerySelector("[data-testid=health-band]")!.TextContent.Trim());
        Assert.Equal("/partners/13", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Purchase growth 0/33.3", first.QuerySelector("[data-testid=health-points-PurchaseGrowth]")!.TextContent.Trim());
        Assert.Equal("Order regularity 7.4/22.2", first.QuerySelector("[data-testid=health-points-OrderRegularity]")!.TextContent.Trim());
        Assert.Equal("Training completion —", first.QuerySelector("[data-testid=health-points-TrainingCompletion]")!.TextContent.Trim());
        Assert.Equal("73 · Healthy", lowest[1].QuerySelector("[data-testid=health-band]")!.TextContent.Trim());
    }

    [Fact]
    public void Training_completion_lists_passed_of_assigned_per_partner_and_links_to_the_progress()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures());

        var rows = cut.FindAll("[data-testid=training-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("P0011 Hengtong: 3 of 4 passed (75%)", Text(rows[0]));
        Assert.Equal("P0012 Yuanda: 2 of 8 passed (25%)", Text(rows[1]));
        Assert.Equal("/training/progress", cut.Find("[data-testid=training-link]").GetAttribute("href"));
        Assert.Single(cut.FindAll("[data-testid=training-chart]"));
        Assert.Empty(cut.FindAll("[data-testid=training-empty]"));
    }

    [Fact]
    public void Without_course_assignments_training_says_none_are_assigned_yet()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures() with { TrainingCompletion = [] });

        Assert.Equal("No learner has enrolled in a course yet", cut.Find("[data-testid=training-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=training-chart]"));
    }

    [Fact]
    public void Without_partners_in_scope_a_message_replaces_the_charts_but_the_queues_stay()
    {
        UseCulture(PortalCultures.English);
        var empty = Figures() with
        {
            PartnerCount = 0, SalesTrend = [], TopPartners = [], BottomPartners = [], FastestGrowing = [], FastestDeclining = [],
            HealthBands = new HealthBands(0, 0, 0), LowestHealth = [], TrainingCompletion = [],
            Queues = new WorkQueues(0, 0, 0, 0m, LowStockProducts: 2, SilentPartners: 0, ExpiringDocuments: 0),
        };

        var cut = RenderView(empty);

        Assert.Contains("There are no partners in your regions yet.", cut.Find("[data-testid=dashboard-empty]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=sales-trend]"));
        Assert.Empty(cut.FindAll("[data-testid=partner-ranking]"));
        Assert.Empty(cut.FindAll("[data-testid=health-summary]"));
        Assert.Empty(cut.FindAll("[data-testid=training-completion]"));
        Assert.Equal("/low-stock", CountHref(cut, "queue-low-stock"));
        Assert.Equal("All clear", cut.Find("[data-testid=queue-approvals] [data-testid=queue-clear]").TextContent.Trim());
    }

    [Fact]
    public void A_region_without_partners_says_so_for_the_region()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(Figures(regionId: 2) with { PartnerCount = 0 });

        Assert.Contains("There are no partners in this region yet.", cut.Find("[data-testid=dashboard-empty]").TextContent);
    }

    [Fact]
    public void Renders_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderView(Figures());

        Assert.Equal("全部正常", cut.Find("[data-testid=queue-low-stock] [data-testid=queue-clear]").TextContent.Trim());
        Assert.Contains("待审批订单", cut.Find("[data-testid=queue-approvals]").TextContent);
        Assert.Contains("健康", cut.Find("[data-testid=health-band-Healthy]").TextContent);
        Assert.Equal("战略", cut.Find("[data-testid=ranking-top] [data-testid=ranking-tier]").TextContent.Trim());
        Assert.Equal("新增", cut.FindAll("[data-testid=ranking-top] [data-testid=ranking-growth]")[1].TextContent.Trim());
        Assert.Contains("华东", cut.FindAll("[data-testid=sales-row]")[0].TextContent);
        Assert.Equal("¥120,000.00", cut.Find("[data-testid=sales-row] [data-testid=sales-this-year]").TextContent.Trim());
    }
}
