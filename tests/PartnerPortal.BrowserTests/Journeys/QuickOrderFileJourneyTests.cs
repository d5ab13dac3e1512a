using System.Text;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>
/// A dealer orders the way a Chinese office does: an Excel CSV saved in GBK with Chinese headers, quantities typed with a
/// Chinese input method, and now and then the wrong file or a typo; each is either read or refused with a reason.
/// </summary>
public sealed class QuickOrderFileJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public async Task Dealer_uploads_an_excel_csv_in_gbk_is_told_about_a_wrong_file_and_types_full_width_quantities()
    {
        // The demo dealer (P0001, Strategic): AC-1001 at its explicit tier price 2,803.00, AC-1002 at 2,599.00 − 12 % = 2,287.12.
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "dealer@demo.partnerportal.local");
        await page.GotoAsync(app.BaseUrl + "/cart");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=csv-limits]")).ToContainTextAsync("at most 1 MB and 2,000 lines");
        await Assertions.Expect(page.Locator("[data-testid=csv-headers]")).ToContainTextAsync("物料编码");
        var upload = page.Locator("input[type=file]");

        // Excel's CSV on a Chinese Windows: GBK, the quantity column first, a full-width quantity.
        await upload.SetInputFilesAsync(new FilePayload
        {
            Name = "订单.csv", MimeType = "text/csv", Buffer = Gbk.GetBytes("数量,物料编码,商品名称\r\n２,AC-1001,变频空调\r\n3,AC-1002,挂式空调\r\n"),
        });
        await Assertions.Expect(page.Locator("[data-testid=report-added]")).ToContainTextAsync("Lines added to the cart: 2.");
        await Assertions.Expect(page.Locator("[data-testid=cart-total]")).ToContainTextAsync("¥12,467.36"); // 5,606.00 + 6,861.36

        // A workbook renamed .csv is not a text file, not hundreds of invalid lines.
        await upload.SetInputFilesAsync(new FilePayload
        {
            Name = "订单.csv", MimeType = "text/csv", Buffer = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. Encoding.ASCII.GetBytes("[Content_Types].xml")],
        });
        await Assertions.Expect(page.Locator("[data-testid=upload-problems]")).ToContainTextAsync("not a text file");
        await Assertions.Expect(page.Locator("[data-testid=quick-order-report]")).ToHaveCountAsync(0);

        // A typo of thirteen nines is too large, not "not a whole number"; nothing is added.
        await page.Locator("[data-testid=quick-order-text]").FillAsync("AC-1003 9999999999999");
        await page.Locator("[data-testid=quick-order-add]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-line-1]")).ToContainTextAsync("too large (at most 999,999)");
        await Assertions.Expect(page.Locator("[data-testid=cart-total]")).ToContainTextAsync("¥12,467.36");

        // Full-width digits in the cart's quantity field: ten of AC-1001.
        var quantity = page.Locator("input[data-testid=qty-AC-1001]");
        await quantity.FillAsync("１０");
        await quantity.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=cart-total]")).ToContainTextAsync("¥34,891.36"); // 28,030.00 + 6,861.36
    }
}
