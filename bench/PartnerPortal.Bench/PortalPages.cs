using Microsoft.Playwright;

namespace PartnerPortal.Bench;

/// <summary>The pages the load benchmark opens, and how it knows each has been drawn by its circuit.</summary>
internal sealed record PortalPage(string Name, string Path, string ReadySelector)
{
    public static readonly PortalPage DealerHome = new("dealer home", "/", "[data-testid=dealer-dashboard]");
    public static readonly PortalPage Catalog = new("catalog", "/catalog", "[data-testid^=stock-]");
    public static readonly PortalPage ManagerHome = new("manager home", "/", "[data-testid=manager-dashboard]");
    public static readonly PortalPage Cart = new("cart", "/cart", "[data-testid=cart-lines], [data-testid=cart-empty]");
    public static readonly PortalPage Orders = new("orders", "/orders", "[data-testid=order-grid] tbody tr");

    /// <summary>Waits until the circuit runs and the page shows its content (not a loading bar).</summary>
    public async Task WaitUntilShownAsync(IPage page)
    {
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator(ReadySelector).First.WaitForAsync();
    }
}

/// <summary>Signed-in browser contexts of the demo users, one per user; every page opened in one is a circuit of that user.</summary>
internal static class DemoSessions
{
    public const string Password = "Demo#2026";

    public static readonly string[] Dealers =
    [
        "dealer@demo.partnerportal.local", "dealer.p0005@demo.partnerportal.local", "dealer.p0009@demo.partnerportal.local",
        "dealer.p0013@demo.partnerportal.local",
    ];

    public const string Manager = "manager.east@demo.partnerportal.local";

    public static async Task<IBrowserContext> SignInAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.CloseAsync();
        return context;
    }

    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-renderer-backgrounding",
                "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
        });
}
