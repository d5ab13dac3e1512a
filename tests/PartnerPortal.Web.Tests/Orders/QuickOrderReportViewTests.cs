using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Web.Components.Orders;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

public sealed class QuickOrderReportViewTests : BunitTestContext
{
    private static CheckedOrderLine Valid(int line, string sku, int quantity) => new(line, sku, quantity.ToString(), line * 10, quantity, []);

    private static CheckedOrderLine Invalid(int line, string sku, string quantity, params Problem[] problems) => new(line, sku, quantity, null, null, problems);

    private static QuickOrderReport Mixed() => QuickOrderReport.From(
    [
        Valid(1, "AC-1001", 2),
        Invalid(2, "XX-9", "4", new Problem(ProblemCodes.UnknownSku, "Sku", "XX-9")),
        Valid(3, "REF-2001", 1),
        Invalid(4, "WASH-3001", "1", new Problem(ProblemCodes.BelowMinimumQuantity, "Quantity", 2), new Problem(ProblemCodes.NotAMultiple, "Quantity", 2)),
    ], added: 0);

    [Theory]
    [InlineData(PortalCultures.Chinese, "没有编码为“XX-9”的产品。", "低于起订量 2。", "必须是 2 的倍数。")]
    [InlineData(PortalCultures.English, "There is no product with the SKU \"XX-9\".", "is below the minimum order quantity of 2.", "must be a multiple of 2.")]
    public void Shows_every_row_with_problems_and_its_messages(string culture, string unknownSku, string belowMinimum, string notAMultiple)
    {
        UseCulture(culture);

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, Mixed()));

        Assert.Equal(2, cut.FindAll("[data-testid=report-lines] tbody tr").Count);
        Assert.Empty(cut.FindAll("[data-testid=report-more]"));
        Assert.Contains(unknownSku, cut.Find("[data-testid=report-line-2]").TextContent);
        var line4 = cut.Find("[data-testid=report-line-4]").TextContent;
        Assert.Contains(belowMinimum, line4);
        Assert.Contains(notAMultiple, line4);
        Assert.DoesNotContain("Problem.", cut.Markup);
        Assert.Contains("WASH-3001", cut.Find("[data-testid=report-lines] tbody").TextContent);
    }

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Offers_to_add_only_the_valid_lines_when_some_are_invalid(string culture)
    {
        UseCulture(culture);
        var clicked = 0;

        var cut = Render<QuickOrderReportView>(p => p
            .Add(x => x.Report, Mixed())
            .Add(x => x.OnAddValid, () => clicked++));

        var button = cut.Find("[data-testid=add-valid-lines]");
        Assert.Contains("2", button.TextContent);
        Assert.NotNull(cut.Find("[data-testid=report-nothing-added]"));
        button.Click();
        Assert.Equal(1, clicked);
    }

    [Fact]
    public void The_button_reads_with_the_number_of_valid_lines_in_English()
    {
        UseCulture(PortalCultures.English);

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, Mixed()));

        Assert.Equal("Add only the 2 valid lines", cut.Find("[data-testid=add-valid-lines]").TextContent.Trim());
    }

    [Fact]
    public void Offers_nothing_when_every_row_is_valid()
    {
        UseCulture(PortalCultures.Chinese);
        var report = QuickOrderReport.From([Valid(1, "AC-1001", 2), Valid(2, "REF-2001", 1)], added: 2);

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, report));

        Assert.Empty(cut.FindAll("[data-testid=add-valid-lines]"));
        Assert.Empty(cut.FindAll("[data-testid=report-nothing-added]"));
        Assert.Contains("2", cut.Find("[data-testid=report-added]").TextContent);
    }

    [Fact]
    public void Offers_nothing_when_no_row_is_valid()
    {
        UseCulture(PortalCultures.English);
        var report = QuickOrderReport.From([Invalid(1, "XX-9", "4", new Problem(ProblemCodes.UnknownSku, "Sku", "XX-9"))], added: 0);

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, report));

        Assert.Empty(cut.FindAll("[data-testid=add-valid-lines]"));
        Assert.NotNull(cut.Find("[data-testid=report-nothing-added]"));
    }

    [Fact]
    public void Offers_nothing_once_the_valid_lines_were_added()
    {
        UseCulture(PortalCultures.English);
        var mixed = Mixed();
        var report = mixed with { Added = mixed.ValidCount };

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, report));

        Assert.Empty(cut.FindAll("[data-testid=add-valid-lines]"));
        Assert.Contains("2", cut.Find("[data-testid=report-added]").TextContent);
    }

    [Theory]
    [InlineData(PortalCultures.English, "… and 9,950 more lines with problems, not listed here.", "Nothing was added: 10000 of 10000 lines have problems.")]
    [InlineData(PortalCultures.Chinese, "……另有 9,950 行存在问题，未在此列出。", "10000")]
    public void A_report_of_thousands_of_bad_lines_lists_the_first_fifty_and_counts_the_rest(string culture, string more, string summary)
    {
        UseCulture(culture);
        var lines = Enumerable.Range(1, 10_000)
            .Select(i => Invalid(i, $"NOPE-{i}", "1", new Problem(ProblemCodes.UnknownSku, "Sku", $"NOPE-{i}")))
            .ToList();

        var cut = Render<QuickOrderReportView>(p => p.Add(x => x.Report, QuickOrderReport.From(lines, added: 0)));

        Assert.Equal(QuickOrderReport.MaxShown, cut.FindAll("[data-testid=report-lines] tbody tr").Count);
        Assert.Equal(more, cut.Find("[data-testid=report-more]").TextContent.Trim());
        Assert.Contains(summary, cut.Find("[data-testid=report-nothing-added]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=report-line-51]"));
    }
}
