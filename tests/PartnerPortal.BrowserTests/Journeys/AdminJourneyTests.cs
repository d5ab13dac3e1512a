using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class AdminJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Admin_creates_a_partner_and_its_dealer_who_then_sees_only_that_partner()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "admin@demo.partnerportal.local");

        // A new dealer under the 华东 distributor, with one contact; a bad phone number is refused first.
        await page.GotoAsync(app.BaseUrl + "/admin/partners/new");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("input[data-testid=partner-code]").FillAsync("P0100");
        await page.Locator("input[data-testid=partner-name-input]").FillAsync("宁波新港电器有限公司");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await page.Locator("input[data-testid=contact-name]").FillAsync("孙强");
        await page.Locator("input[data-testid=contact-phone]").FillAsync("12345");
        await page.Locator("[data-testid=save-partner]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problems]")).ToContainTextAsync("not a valid mobile or landline number");

        await page.Locator("input[data-testid=contact-phone]").FillAsync("13900001234");
        await page.Locator("[data-testid=save-partner]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/partners/\d+$"));
        await Assertions.Expect(page.Locator("[data-testid=partner-name]")).ToHaveTextAsync("宁波新港电器有限公司");
        await Assertions.Expect(page.GetByText("13900001234")).ToBeVisibleAsync();

        // A dealer user for it.
        await page.GotoAsync(app.BaseUrl + "/admin/users");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=new-user]").ClickAsync();
        var panel = page.Locator("[data-testid=user-panel]");
        await panel.GetByLabel("E-mail", new() { Exact = false }).First.FillAsync("sun.qiang@xingang.example.cn");
        await panel.GetByRole(AriaRole.Textbox, new() { Name = "Name*", Exact = true }).FillAsync("孙强");
        await panel.GetByLabel("Partner").FillAsync("P0100");
        await page.GetByText("P0100 · 宁波新港电器有限公司").ClickAsync();
        await Assertions.Expect(panel.GetByLabel("Partner")).ToHaveValueAsync("P0100 · 宁波新港电器有限公司");
        await panel.GetByLabel("Password").FillAsync("Xingang#2026");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problems]")).ToHaveCountAsync(0);
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=user-grid]")).ToContainTextAsync("sun.qiang@xingang.example.cn");

        // The new dealer sees its own company and nothing else.
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "sun.qiang@xingang.example.cn", "Xingang#2026");
        await dealer.GotoAsync(app.BaseUrl + "/my-partner");
        await Assertions.Expect(dealer.Locator("[data-testid=partner-name]")).ToHaveTextAsync("宁波新港电器有限公司");
        await dealer.GotoAsync(app.BaseUrl + "/partners");
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
    }

    [Fact]
    public async Task Admin_locks_a_dealer_whose_open_page_goes_to_the_sign_in_form_at_the_next_click()
    {
        const string user = "dealer.p0009@demo.partnerportal.local";
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, user);
        await dealer.GotoAsync(app.BaseUrl + "/orders");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();

        await using var adminContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await adminContext.NewPageAsync();
        admin.SetDefaultTimeout(30_000);
        await app.SignInAsync(admin, "admin@demo.partnerportal.local");
        await admin.GotoAsync(app.BaseUrl + "/admin/users");
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await admin.GetByLabel("Search by e-mail, name or partner code").FillAsync(user);
        // The search has run once the grid holds that one user only.
        await Assertions.Expect(admin.Locator("[data-testid=user-grid] tbody tr")).ToHaveCountAsync(1);
        var row = admin.Locator("[data-testid=user-grid] tbody tr", new() { HasText = user });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Lock" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Lock" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Locked");

        // The dealer's page is still open; the next thing they do asks the server, which no longer knows them.
        await dealer.Locator(".mud-navmenu").GetByText("My company").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex("/Account/Login"));
        await dealer.GotoAsync(app.BaseUrl + "/orders");
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex("/Account/Login"));
    }
}
