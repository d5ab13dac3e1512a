using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Web.Components.Dashboards;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Dashboards;

/// <summary>The dealer's home page rendered from hand-made figures.</summary>
public sealed class DealerDashboardViewTests : BunitTestContext
{
    private IRenderedComponent<DealerDashboardView> RenderView(DealerDashboard dashboard, Func<int, int, Task<Outcome>>? addToCart = null) =>
        Render<DealerDashboardView>(p => p
            .Add(x => x.Dashboard, dashboard)
            .Add(x => x.Today, DealerDashboardSamples.Today)
            .Add(x => x.AddToCart, addToCart ?? ((_, _) => Task.FromResult(Outcome.Success))));

    private static string Text<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    private static string? Href<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent => cut.Find($"[data-testid={testId}]").GetAttribute("href");

    private IEnumerable<Snackbar> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars;

    [Fact]
    public void Shows_the_available_credit_against_the_limit_with_balance_and_exposure_linking_to_the_credit_page()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        Assert.Equal("¥153,000.00", Text(cut, "dealer-available-credit"));
        Assert.Equal("of ¥500,000.00 credit limit", Text(cut, "dealer-credit-limit"));
        Assert.Equal("¥312,500.00", Text(cut, "dealer-credit-balance"));
        Assert.Equal("¥347,000.00", Text(cut, "dealer-credit-exposure"));
        foreach (var id in new[] { "dealer-available-credit", "dealer-credit-balance", "dealer-credit-exposure" })
            Assert.Equal("/credit", Href(cut, id));
        // The ring shows the used share: 347,000 of 500,000.
        Assert.Equal("69.4", cut.Find("[data-testid=dealer-credit-gauge]").GetAttribute("aria-valuenow"));
        // Under the "Available credit" title the ring says what it shows: the used share, not the available one.
        Assert.Equal("69% used", Text(cut, "dealer-credit-used"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-no-credit]"));
    }

    [Fact]
    public void Without_a_credit_account_says_so_instead_of_a_gauge()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy() with { Credit = null });

        Assert.Equal("No credit account yet", Text(cut, "dealer-no-credit"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-credit-gauge]"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-available-credit]"));
    }

    [Fact]
    public void Credit_over_the_limit_shows_a_negative_available_amount_in_red_and_a_full_ring()
    {
        UseCulture(PortalCultures.English);
        var over = DealerDashboardSamples.Busy() with { Credit = new CreditGauge(100_000m, 90_000m, 112_000m, -12_000m) };

        var cut = RenderView(over);

        var available = cut.Find("[data-testid=dealer-available-credit]");
        Assert.Equal("-¥12,000.00", available.TextContent.Trim());
        Assert.Contains("mud-error-text", available.ClassName);
        Assert.Equal("100", cut.Find("[data-testid=dealer-credit-gauge]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Overdue_invoices_are_counted_in_red_and_link_to_the_credit_page()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        var count = cut.Find("[data-testid=dealer-overdue-count]");
        Assert.Equal("2", count.TextContent.Trim());
        Assert.Contains("mud-error-text", count.ClassName);
        var amount = cut.Find("[data-testid=dealer-overdue-amount]");
        Assert.Equal("¥48,250.50", amount.TextContent.Trim());
        Assert.Contains("mud-error-text", amount.ClassName);
        Assert.Equal("/credit", count.GetAttribute("href"));
        Assert.Equal("/credit", amount.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-overdue-none]"));
    }

    [Fact]
    public void Nothing_overdue_is_said_calmly_without_a_red_zero()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy() with { Overdue = new OverdueSummary(0, 0m) });

        Assert.Equal("Nothing overdue", Text(cut, "dealer-overdue-none"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-overdue-count]"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-overdue] .mud-error-text"));
    }

    [Fact]
    public void Purchases_are_charted_by_month_this_year_against_last_year_with_totals_linking_to_the_orders()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        var chart = cut.Find("[data-testid=dealer-purchases-chart]");
        Assert.NotNull(chart.QuerySelector("svg"));
        Assert.Contains("Jan", chart.TextContent);
        Assert.Contains("Dec", chart.TextContent);
        // The largest month is ¥210,000: the value axis runs in round steps of 100,000.
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "200K");
        Assert.DoesNotContain(chart.QuerySelectorAll("text"), t => t.TextContent == "81,920");
        Assert.Contains("This year", chart.TextContent);
        Assert.Contains("Last year", chart.TextContent);
        Assert.Equal("¥486,500.00", Text(cut, "dealer-purchases-this-year"));
        Assert.Equal("/shipments?from=2026-01-01&to=2026-05-20", Href(cut, "dealer-purchases-this-year"));
        Assert.Equal("¥385,250.00", Text(cut, "dealer-purchases-last-year"));
        Assert.Equal("/shipments?from=2025-01-01&to=2025-12-31", Href(cut, "dealer-purchases-last-year"));
        Assert.Contains("Shipped this year", cut.Find("[data-testid=dealer-purchases]").TextContent);
    }

    [Fact]
    public void Each_rebate_shows_its_name_period_progress_and_what_it_takes_to_reach_the_next_tier()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        var rows = cut.FindAll("[data-testid=dealer-rebate]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Air conditioners 2025 Q3", "Washing machines"], cut.FindAll("[data-testid=dealer-rebate-name]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["2025-Q3", "2025-08"], cut.FindAll("[data-testid=dealer-rebate-period]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["¥38,200.00 more to reach 3%", "120 more units to reach ¥3.00 / unit"],
            cut.FindAll("[data-testid=dealer-rebate-hint]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["¥9,236.00", "¥1,550.00"], cut.FindAll("[data-testid=dealer-rebate-amount]").Select(e => e.TextContent.Trim()));
        Assert.Equal("88", cut.FindAll("[data-testid=dealer-rebate-progress]")[1].GetAttribute("aria-valuenow"));
        Assert.All(cut.FindAll("[data-testid=dealer-rebate-name], [data-testid=dealer-rebate-amount]"), a => Assert.Equal("/rebates", a.GetAttribute("href")));
    }

    [Fact]
    public void At_the_top_tier_the_rebate_row_says_so_and_fills_the_bar()
    {
        UseCulture(PortalCultures.English);
        var top = Rebates.MyRebateCardTests.OnAmount() with { Next = null };

        var cut = RenderView(DealerDashboardSamples.Busy() with { Rebates = [top] });

        Assert.Equal("Top tier reached", Text(cut, "dealer-rebate-hint"));
        Assert.Equal("100", cut.Find("[data-testid=dealer-rebate-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Without_a_rebate_policy_says_none_covers_the_partner()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy() with { Rebates = [] });

        Assert.Equal("No rebate policy covers you this period", Text(cut, "dealer-rebates-none"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-rebate]"));
    }

    [Fact]
    public void Points_and_courses_due_link_to_their_pages()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        Assert.Equal("1,250", Text(cut, "dealer-points"));
        Assert.Equal("/points", Href(cut, "dealer-points"));
        Assert.Equal("3", Text(cut, "dealer-courses-open"));
        var overdue = cut.Find("[data-testid=dealer-courses-overdue]");
        Assert.Equal("1", overdue.TextContent.Trim());
        Assert.Contains("mud-error-text", overdue.ClassName);
        Assert.Equal("Next due: 2026-06-05", Text(cut, "dealer-courses-next"));
        foreach (var id in new[] { "dealer-courses-open", "dealer-courses-overdue", "dealer-courses-next" })
            Assert.Equal("/learning", Href(cut, id));
    }

    [Fact]
    public void With_no_course_due_says_so()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy() with { Courses = new CoursesDue(0, 0, null) });

        Assert.Equal("No course due", Text(cut, "dealer-courses-none"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-courses-open]"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-courses-next]"));
    }

    [Fact]
    public void Open_orders_are_chips_per_status_linking_to_the_order_list_filtered_on_that_status()
    {
        UseCulture(PortalCultures.English);
        var dashboard = DealerDashboardSamples.Busy() with
        {
            OpenOrders = [.. DealerDashboardSamples.Busy().OpenOrders, new StatusCount(OrderStatus.PartiallyShipped, 0)],
        };

        var cut = RenderView(dashboard);

        var submitted = cut.Find("[data-testid=dealer-open-orders-Submitted]");
        Assert.Equal("/orders?status=Submitted", submitted.GetAttribute("href"));
        Assert.Contains("Submitted", submitted.TextContent);
        Assert.Contains("2", submitted.TextContent);
        Assert.Equal("/orders?status=PendingApproval", Href(cut, "dealer-open-orders-PendingApproval"));
        Assert.Contains("4", Text(cut, "dealer-open-orders-Approved"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-open-orders-PartiallyShipped]"));
        Assert.Empty(cut.FindAll("[data-testid=dealer-open-orders-none]"));
    }

    [Fact]
    public void No_open_orders_says_so()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy() with { OpenOrders = [] });

        Assert.Equal("No open orders", Text(cut, "dealer-open-orders-none"));
    }

    [Fact]
    public void Reorder_offers_the_usual_quantity_and_is_disabled_for_a_product_that_cannot_be_ordered()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.Busy());

        var items = cut.FindAll("[data-testid=dealer-reorder-item]");
        Assert.Equal(2, items.Count);
        Assert.Contains("Inverter AC 1.5 HP", items[0].TextContent);
        Assert.Contains("AC-1001", items[0].TextContent);
        var orderable = cut.Find("button[data-testid=dealer-reorder-add-AC-1001]");
        Assert.Equal("Add 12 to cart", orderable.TextContent.Trim());
        Assert.False(orderable.HasAttribute("disabled"));
        var blocked = cut.Find("button[data-testid=dealer-reorder-add-WM-2002]");
        Assert.Equal("Add 6 to cart", blocked.TextContent.Trim());
        Assert.True(blocked.HasAttribute("disabled"));
        Assert.Single(cut.FindAll("[data-testid=dealer-reorder-unavailable]"));
    }

    [Fact]
    public void Reorder_adds_the_usual_quantity_shows_progress_meanwhile_and_a_snackbar_leading_to_the_cart()
    {
        UseCulture(PortalCultures.English);
        var snackbars = Render<MudSnackbarProvider>();
        var calls = new List<(int ProductId, int Quantity)>();
        var pending = new TaskCompletionSource<Outcome>();
        var cut = RenderView(DealerDashboardSamples.Busy(), (id, quantity) =>
        {
            calls.Add((id, quantity));
            return pending.Task;
        });

        cut.Find("button[data-testid=dealer-reorder-add-AC-1001]").Click();

        Assert.Equal([(11, 12)], calls);
        Assert.NotNull(cut.Find("[data-testid=dealer-reorder-progress]"));
        Assert.True(cut.Find("button[data-testid=dealer-reorder-add-AC-1001]").HasAttribute("disabled"));

        cut.InvokeAsync(() => pending.SetResult(Outcome.Success));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=dealer-reorder-progress]")));
        Assert.False(cut.Find("button[data-testid=dealer-reorder-add-AC-1001]").HasAttribute("disabled"));
        var snackbar = Assert.Single(Snackbars);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.Equal("Added to the cart: AC-1001 × 12.", snackbar.Message);
        var action = snackbars.WaitForElement(".mud-snackbar-action-button button, .mud-snackbar button:not(.mud-snackbar-close-button)");
        Assert.Equal("Go to the cart", action.TextContent.Trim());

        action.Click();
        Assert.EndsWith("/cart", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri);
    }

    [Fact]
    public void A_refused_reorder_explains_the_problem_in_an_error_snackbar()
    {
        UseCulture(PortalCultures.English);
        var snackbars = Render<MudSnackbarProvider>();
        var cut = RenderView(DealerDashboardSamples.Busy(),
            (_, _) => Task.FromResult(Outcome.Failed(ProblemCodes.InsufficientStock, "AC-1001", "AC-1001", 12, 3)));

        cut.Find("button[data-testid=dealer-reorder-add-AC-1001]").Click();

        var snackbar = Assert.Single(Snackbars);
        Assert.Equal(Severity.Error, snackbar.Severity);
        Assert.Contains("AC-1001", snackbar.Message);
        Assert.DoesNotContain("Problem.", snackbar.Message);
        Assert.DoesNotContain("Go to the cart", snackbars.Markup);
    }

    [Fact]
    public void A_new_partner_gets_a_helpful_start_instead_of_zeros_and_still_sees_its_credit()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderView(DealerDashboardSamples.New());

        var start = cut.Find("[data-testid=dealer-start]");
        Assert.Contains("Welcome! Start by browsing the catalog", start.TextContent);
        Assert.Equal("/catalog", Href(cut, "dealer-start-catalog"));
        Assert.Equal("/cart", Href(cut, "dealer-start-quick-order"));
        Assert.Equal("/learning", Href(cut, "dealer-start-learning"));
        Assert.Equal("¥153,000.00", Text(cut, "dealer-available-credit"));
        foreach (var id in new[] { "dealer-purchases-chart", "dealer-purchases", "dealer-overdue", "dealer-open-orders", "dealer-reorder", "dealer-points" })
            Assert.Empty(cut.FindAll($"[data-testid={id}]"));
        Assert.DoesNotContain("¥0.00", cut.Markup);
    }

    [Fact]
    public void Names_the_partner_in_the_readers_language()
    {
        UseCulture(PortalCultures.English);
        Assert.Equal("P0001 · Hangzhou Huatai Appliances", Text(RenderView(DealerDashboardSamples.Busy()), "dealer-partner"));
    }

    [Fact]
    public void Renders_in_Chinese_with_yuan_and_Chinese_months()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderView(DealerDashboardSamples.Busy());

        Assert.Contains("可用额度", cut.Find("[data-testid=dealer-credit]").TextContent);
        Assert.Contains("逾期发票", cut.Find("[data-testid=dealer-overdue]").TextContent);
        Assert.Contains("积分余额", cut.Find("[data-testid=dealer-points-card]").TextContent);
        Assert.Contains("已提交", Text(cut, "dealer-open-orders-Submitted"));
        Assert.Equal("¥153,000.00", Text(cut, "dealer-available-credit"));
        Assert.Equal("已用 69%", Text(cut, "dealer-credit-used"));
        var chart = cut.Find("[data-testid=dealer-purchases-chart]");
        Assert.Contains("1月", chart.TextContent);
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "20万");
        Assert.Equal("P0001 · 杭州华泰电器", Text(cut, "dealer-partner"));
        Assert.Contains("2026-06-05", Text(cut, "dealer-courses-next"));
    }
}
