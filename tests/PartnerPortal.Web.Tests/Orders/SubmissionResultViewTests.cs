using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Web.Components.Orders;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

public sealed class SubmissionResultViewTests : BunitTestContext
{
    private static readonly CreditFigures Figures = new(Limit: 50_000m, Exposure: 48_200.5m, Available: 1_799.5m, OrderTotal: 6_598m);

    [Theory]
    [InlineData(PortalCultures.Chinese, "信用额度", "可用额度")]
    [InlineData(PortalCultures.English, "Credit limit", "Available credit")]
    public void Blocked_by_an_overdue_invoice_shows_the_figures_in_yuan_and_names_the_invoice(string culture, string limitLabel, string availableLabel)
    {
        UseCulture(culture);
        var invoice = new OpenInvoice("INV-202609-00012", new DateOnly(2026, 9, 1), 12_000m);
        var result = new SubmissionResult(SubmissionOutcome.Blocked, null, null, 6_598m, CreditDecision.BlockedOverdue(Figures, invoice, 45), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        Assert.Contains("INV-202609-00012", cut.Find("[data-testid=submission-blocked]").TextContent);
        AssertFigure(cut, "figure-limit", limitLabel, "¥50,000.00");
        AssertFigure(cut, "figure-exposure", null, "¥48,200.50");
        AssertFigure(cut, "figure-available", availableLabel, "¥1,799.50");
        AssertFigure(cut, "figure-order", null, "¥6,598.00");
        var row = cut.Find("[data-testid=blocked-invoice] tbody tr").TextContent;
        Assert.Contains("INV-202609-00012", row);
        Assert.Contains("¥12,000.00", row);
        Assert.Contains("45", row);
        Assert.Contains("/credit", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=submission-order-link]"));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Blocked_over_the_limit_shows_the_figures_without_an_invoice(string culture)
    {
        UseCulture(culture);
        var over = new CreditFigures(20_000m, 20_200m, -200m, 3_000m);
        var result = new SubmissionResult(SubmissionOutcome.Blocked, null, null, 3_000m, CreditDecision.BlockedOverLimit(over), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        AssertFigure(cut, "figure-limit", null, "¥20,000.00");
        AssertFigure(cut, "figure-exposure", null, "¥20,200.00");
        AssertFigure(cut, "figure-available", null, "-¥200.00");
        AssertFigure(cut, "figure-order", null, "¥3,000.00");
        Assert.Empty(cut.FindAll("[data-testid=blocked-invoice]"));
    }

    [Fact]
    public void Blocked_for_a_suspended_account_says_so_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);
        var result = new SubmissionResult(SubmissionOutcome.Blocked, null, null, 100m, CreditDecision.BlockedSuspended(Figures), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        Assert.Contains("已暂停下单：账户已被暂停。", cut.Find("[data-testid=submission-blocked]").TextContent);
    }

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Approved_shows_the_number_the_total_and_a_link_to_the_order(string culture)
    {
        UseCulture(culture);
        var result = new SubmissionResult(SubmissionOutcome.Approved, 42, "SO-P0001-20261123-001", 12_345.6m, CreditDecision.Approved(Figures), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        var alert = cut.Find("[data-testid=submission-approved]").TextContent;
        Assert.Contains("SO-P0001-20261123-001", alert);
        Assert.Contains("¥12,345.60", alert);
        Assert.Equal("/orders/42", cut.Find("[data-testid=submission-order-link]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=submission-repeat]"));
    }

    [Fact]
    public void A_repeated_submission_says_the_order_was_not_placed_twice()
    {
        UseCulture(PortalCultures.English);
        var result = new SubmissionResult(SubmissionOutcome.Approved, 42, "SO-P0001-20261123-001", 100m, null, [], IsRepeat: true);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        Assert.Contains("not placed twice", cut.Find("[data-testid=submission-repeat]").TextContent);
    }

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Pending_approval_shows_the_number_the_total_and_the_available_credit(string culture)
    {
        UseCulture(culture);
        var result = new SubmissionResult(SubmissionOutcome.PendingApproval, 43, "SO-P0001-20261123-002", 6_598m,
            CreditDecision.PendingApproval(Figures), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        var alert = cut.Find("[data-testid=submission-pending]").TextContent;
        Assert.Contains("SO-P0001-20261123-002", alert);
        Assert.Contains("¥6,598.00", alert);
        Assert.Contains("¥1,799.50", alert);
        Assert.Equal("/orders/43", cut.Find("[data-testid=submission-order-link]").GetAttribute("href"));
    }

    [Fact]
    public void Pending_approval_in_English_mentions_the_channel_manager()
    {
        UseCulture(PortalCultures.English);
        var result = new SubmissionResult(SubmissionOutcome.PendingApproval, 43, "SO-P0001-20261123-002", 6_598m,
            CreditDecision.PendingApproval(Figures), []);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        Assert.Contains("sent to your channel manager for approval", cut.Find("[data-testid=submission-pending]").TextContent);
    }

    [Theory]
    [InlineData(PortalCultures.Chinese, "AC-1001: 低于起订量 2。", "REF-2001 库存不足：需要 5，可用 3。")]
    [InlineData(PortalCultures.English, "AC-1001: is below the minimum order quantity of 2.", "Not enough REF-2001 in stock: 5 asked for, 3 available.")]
    public void Invalid_lists_each_problem_naming_the_product(string culture, string quantity, string stock)
    {
        UseCulture(culture);
        var result = SubmissionResult.Invalid([
            new Problem(ProblemCodes.BelowMinimumQuantity, "AC-1001", 2),
            new Problem(ProblemCodes.InsufficientStock, "REF-2001", "REF-2001", 5, 3),
        ]);

        var cut = Render<SubmissionResultView>(p => p.Add(x => x.Result, result));

        var items = cut.FindAll("[data-testid=problems] li").Select(li => li.TextContent).ToList();
        Assert.Equal([quantity, stock], items);
    }

    private static void AssertFigure(IRenderedComponent<SubmissionResultView> cut, string testId, string? label, string amount)
    {
        var text = cut.Find($"[data-testid={testId}]").TextContent;
        Assert.Contains(amount, text);
        if (label is not null) Assert.Contains(label, text);
    }
}
