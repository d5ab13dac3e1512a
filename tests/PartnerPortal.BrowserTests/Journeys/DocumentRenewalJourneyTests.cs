using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>
/// The demo dealer's authorization AUTH-P0001-03 expires in 12 days: its home page warns, it sends the renewal with a
/// scan, the channel manager of 华东 opens the scan and accepts it, and the dealer's home no longer warns.
/// </summary>
public sealed class DocumentRenewalJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    // A real 1×1 PNG (70 bytes, one blue pixel): the portal checks the content, not the name.
    private static readonly byte[] Png = Convert.FromHexString(
        "89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C6390F3EBF90F00037E01F8549EFC32"
        + "0000000049454E44AE426082");

    [Fact]
    public async Task Dealer_sends_a_renewal_the_manager_accepts_it_and_the_home_page_stops_warning()
    {
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var dealer = await OpenAsync(dealerContext, "dealer@demo.partnerportal.local", "/");

        var warning = dealer.Locator("[data-testid=dealer-documents]");
        await Assertions.Expect(warning).ToContainTextAsync("AUTH-P0001-03");
        await dealer.Locator("[data-testid=dealer-document-renew]").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex("/my-partner#documents$"));
        await dealer.Locator("[data-interactive=true]").WaitForAsync();

        var row = dealer.Locator("[data-testid=document-table] tbody tr", new() { HasText = "AUTH-P0001-03" });
        await row.Locator("[data-testid=renew-document]").ClickAsync();
        var dialog = dealer.Locator("[data-testid=renewal-dialog]");
        await dialog.Locator("input[data-testid=renewal-number]").FillAsync("AUTH-P0001-04");
        var expires = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await dialog.Locator("input[data-testid=renewal-expires]").FillAsync(expires);
        await dialog.Locator("input[data-testid=renewal-expires]").PressAsync("Tab");
        // A scan over the 10 MB limit is named at once, before anything is sent.
        await dialog.Locator("input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = new byte[10 * 1024 * 1024 + 1] });
        await Assertions.Expect(dialog.Locator("[data-testid=scan-error]")).ToHaveTextAsync("photo.png is larger than 10 MB; choose a smaller file.");
        await dialog.Locator("input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "授权书2027.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(dialog.Locator("[data-testid=scan-chosen]")).ToContainTextAsync("授权书2027.png");
        await dialog.Locator("[data-testid=renewal-submit]").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator("[data-testid=document-renewal-pending]")).ToContainTextAsync("AUTH-P0001-04");
        await Assertions.Expect(row.Locator("[data-testid=renew-document]")).ToBeDisabledAsync();
        // The authorization in force is unchanged until the manager accepts.
        await Assertions.Expect(row).ToContainTextAsync("AUTH-P0001-03");

        // The channel manager of 华东 finds it on the work queue, opens its scan and accepts it.
        await using var managerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var manager = await OpenAsync(managerContext, "manager.east@demo.partnerportal.local", "/");
        var queue = manager.Locator("[data-testid=queue-renewals] [data-testid=queue-count]");
        await Assertions.Expect(queue).ToHaveTextAsync("1");
        await queue.ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex("/partners/documents/renewals$"));
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(manager.Locator("[data-testid=renewal-number]")).ToHaveTextAsync("AUTH-P0001-04");

        var scanUrl = await manager.Locator("[data-testid=renewal-scan]").GetAttributeAsync("href");
        var scan = await managerContext.APIRequest.GetAsync(app.BaseUrl + scanUrl);
        Assert.Equal((200, "image/png"), (scan.Status, scan.Headers["content-type"]));
        Assert.Equal(Png, await scan.BodyAsync());

        await manager.Locator("[data-testid=renewal-accept]").ClickAsync();
        await manager.Locator(".mud-dialog .mud-dialog-actions button", new() { HasText = "Accept" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=pending-renewals-empty]")).ToBeVisibleAsync();

        // The renewal is in force: the company page shows it with its scan, and the home page no longer warns.
        await dealer.GotoAsync(app.BaseUrl + "/my-partner");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        var renewed = dealer.Locator("[data-testid=document-table] tbody tr", new() { HasText = "AUTH-P0001-04" });
        await Assertions.Expect(renewed.Locator("[data-testid=document-state]")).ToHaveAttributeAsync("data-state", "Valid");
        await Assertions.Expect(renewed.Locator("[data-testid=document-scan]")).ToHaveAttributeAsync("href", scanUrl!);
        await dealer.GotoAsync(app.BaseUrl + "/");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=dealer-dashboard]")).ToBeVisibleAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=dealer-documents]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenAsync(IBrowserContext context, string email, string path)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, email);
        await page.GotoAsync(app.BaseUrl + path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }
}
