using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class SignInJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task Dealer_signs_in_switches_to_Chinese_sees_Chinese_navigation_and_signs_out()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);

        // Anonymous: the portal asks to sign in, in the browser's language.
        await page.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.FillAsync("#Input\\.Email", "dealer@demo.partnerportal.local");
        await page.FillAsync("#Input\\.Password", "Demo#2026");
        await page.ClickAsync("button[type=submit]");

        var nav = page.Locator(".mud-navmenu");
        await Assertions.Expect(nav.GetByText("My company")).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByText("Partners", new() { Exact = true })).ToHaveCountAsync(0);

        // Switch language: the page reloads in Chinese and the navigation follows.
        await page.ClickAsync("a[data-culture='zh-CN']");
        await Assertions.Expect(nav.GetByText("我的公司")).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByText("首页")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        // The dealer's own company page is one click away.
        await nav.GetByText("我的公司").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=partner-name]")).ToHaveTextAsync("上海恒通电器贸易有限公司");

        // Sign out from the account menu (a menu needs the running circuit)
        // and the sign-in page is shown in Chinese.
        await WaitUntilInteractiveAsync(page);
        await page.ClickAsync("[data-testid=user-menu] button");
        await page.ClickAsync("[data-testid=sign-out]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
    }

    private static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    [Fact]
    public async Task On_a_phone_the_navigation_opens_from_the_menu_button()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);

        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input\\.Email", "manager.east@demo.partnerportal.local");
        await page.FillAsync("#Input\\.Password", "Demo#2026");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("欢迎");

        // The page fits the phone: nothing is wider than the screen.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the home page scrolls sideways on a 390 px screen");

        // On a phone the drawer settles closed once the circuit knows the screen size; the menu button opens it.
        await WaitUntilInteractiveAsync(page);
        var drawer = page.Locator("[data-testid=nav-drawer]");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await page.ClickAsync("[data-testid=menu-toggle]");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--open"));
        var partners = page.Locator(".mud-navmenu").GetByText("合作伙伴", new() { Exact = true });
        await Assertions.Expect(partners).ToBeVisibleAsync();
        await partners.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=partner-grid]")).ToContainTextAsync("P0005");
        await Assertions.Expect(page.Locator("[data-testid=partner-grid]")).Not.ToContainTextAsync("P0009");
    }

    [Fact]
    public async Task Working_in_an_open_page_tells_the_portal_and_keeps_the_sign_in()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        // The page's own clock, so that "a minute later" takes no time; the portal reports use at most once a minute.
        await page.Clock.InstallAsync();
        await app.SignInAsync(page, "trainee@demo.partnerportal.local");
        await page.GotoAsync(app.BaseUrl + "/learning");
        await WaitUntilInteractiveAsync(page);

        await page.Locator("[data-session-activity=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Clock.FastForwardAsync("01:01");
        var report = page.WaitForResponseAsync(r => r.Url.EndsWith("/Account/Activity", StringComparison.Ordinal));
        await page.Locator("h1").ClickAsync();

        var response = await report;
        Assert.Equal(204, response.Status);
        Assert.Contains("PartnerPortal.Auth=", await response.HeaderValueAsync("set-cookie")); // the sign-in cookie, renewed
    }
}
