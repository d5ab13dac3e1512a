using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class StatementJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Dealer_downloads_last_months_account_statement_as_pdf_and_excel_on_a_phone()
    {
        await using var context = await app.Browser.NewContextAsync(new()
        {
            Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "dealer@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/statements");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=statement-partner-name]")).ToContainTextAsync("P0001");

        // The page opens on the last full calendar month, which names the file.
        var lastMonth = DateTime.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var pdfButton = page.Locator("button[data-testid=account-pdf]");
        var pdf = await page.RunAndWaitForDownloadAsync(() => pdfButton.ClickAsync());
        Assert.Equal($"statement-P0001-{lastMonth}.pdf", pdf.SuggestedFilename);
        var pdfBytes = await File.ReadAllBytesAsync(await pdf.PathAsync());
        Assert.NotEmpty(pdfBytes);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdfBytes, 0, 4));
        await Assertions.Expect(pdfButton).ToBeEnabledAsync();

        var excelButton = page.Locator("button[data-testid=account-xlsx]");
        var excel = await page.RunAndWaitForDownloadAsync(() => excelButton.ClickAsync());
        Assert.Equal($"statement-P0001-{lastMonth}.xlsx", excel.SuggestedFilename);
        var excelBytes = await File.ReadAllBytesAsync(await excel.PathAsync());
        Assert.NotEmpty(excelBytes);
        Assert.Equal("PK", Encoding.ASCII.GetString(excelBytes, 0, 2)); // a workbook is a zip
        await Assertions.Expect(excelButton).ToBeEnabledAsync();

        // A quick range changes the name: this year is a date range.
        await page.Locator("[data-testid=account-preset-ThisYear]").ClickAsync();
        var year = await page.RunAndWaitForDownloadAsync(() => pdfButton.ClickAsync());
        Assert.Matches(new Regex($@"^statement-P0001-{DateTime.Today.Year}0101-\d{{8}}\.pdf$"), year.SuggestedFilename);

        // Last quarter is a preset too; then dates typed straight into the fields, as a phone's keyboard or date wheel gives them.
        await page.Locator("[data-testid=account-preset-LastQuarter]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=account-preset-LastQuarter]")).ToHaveAttributeAsync("aria-pressed", "true");
        var from = new DateTime(DateTime.Today.Year, DateTime.Today.Month, 1).AddMonths(-2);
        var to = from.AddDays(9);
        await page.Locator("input[data-testid=account-from]").FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("input[data-testid=account-to]").FillAsync(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("input[data-testid=account-to]").BlurAsync();
        await Assertions.Expect(page.Locator("[data-testid=account-preset-LastQuarter]")).ToHaveAttributeAsync("aria-pressed", "false");
        var typed = await page.RunAndWaitForDownloadAsync(() => pdfButton.ClickAsync());
        Assert.Equal($"statement-P0001-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf", typed.SuggestedFilename);

        // The rebate statement of the whole year.
        var rebates = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-testid=rebate-pdf]").ClickAsync());
        Assert.Equal($"rebate-statement-P0001-{DateTime.Today.Year}.pdf", rebates.SuggestedFilename);
        Assert.Empty(await page.Locator(".mud-snackbar").AllAsync());
    }

    [Fact]
    public async Task Dealer_exports_the_order_list_to_excel()
    {
        await using var context = await app.Browser.NewContextAsync(new()
        {
            Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "dealer@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/orders");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var export = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-testid=export-orders]").ClickAsync());

        Assert.Matches(new Regex(@"^orders-\d{8}-\d{4}\.xlsx$"), export.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await export.PathAsync());
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
    }
}
