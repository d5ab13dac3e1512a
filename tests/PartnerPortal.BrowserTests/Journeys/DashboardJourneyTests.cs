using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>
/// Each role's home page on a desktop and a phone, with a screenshot of each kept under artifacts/screenshots (git
/// ignores the folder; CI keeps it), and the numbers followed to the lists behind them.
/// </summary>
public sealed class DashboardJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    private static readonly (string Name, int Width, int Height)[] Screens = [("desktop", 1366, 900), ("phone", 390, 844)];

    [Theory]
    [InlineData("admin", "admin@demo.partnerportal.local", "manager-dashboard")]
    [InlineData("manager", "manager.east@demo.partnerportal.local", "manager-dashboard")]
    [InlineData("dealer", "dealer@demo.partnerportal.local", "dealer-dashboard")]
    [InlineData("trainee", "trainee@demo.partnerportal.local", "trainee-dashboard")]
    public async Task Every_home_page_renders_on_a_desktop_and_a_phone(string role, string email, string dashboard)
    {
        foreach (var (screen, width, height) in Screens)
        {
            await using var context = await app.Browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = width, Height = height } });
            var page = await OpenHomeAsync(context, email);
            await Assertions.Expect(page.Locator($"[data-testid={dashboard}]")).ToBeVisibleAsync();
            // Nothing sticks out sideways on a phone.
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{role} home scrolls sideways by {overflow}px at {width}px");
            await page.ScreenshotAsync(new() { Path = ScreenshotPath($"home-{role}-{screen}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task A_manager_follows_the_silent_partners_count_to_exactly_those_partners()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await OpenHomeAsync(context, "manager.east@demo.partnerportal.local");

        // The demo's quiet partner in 华东/华南 is P0006 (P0013 is in 西南, not this manager's).
        var tile = page.Locator("[data-testid=queue-silent]");
        await Assertions.Expect(tile.Locator("[data-testid=queue-count]")).ToHaveTextAsync("1");
        await tile.Locator("[data-testid=queue-count]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/partners\?silentDays=60$"));
        var rows = page.Locator("[data-testid=partner-grid] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("P0006");
    }

    [Fact]
    public async Task A_manager_follows_a_regions_sales_to_the_shipments_that_add_up_to_it()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await OpenHomeAsync(context, "manager.east@demo.partnerportal.local");

        var amount = page.Locator("[data-testid=sales-row]").First.Locator("[data-testid=sales-this-year]");
        var clicked = (await amount.InnerTextAsync()).Trim();
        Assert.Matches(@"^¥[\d,]+\.\d\d$", clicked);
        await amount.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/shipments\?regionId=\d+&from=\d{4}-01-01&to=\d{4}-\d\d-\d\d$"));
        await Assertions.Expect(page.Locator("[data-testid=shipment-total-amount]")).ToHaveTextAsync(clicked);
        await Assertions.Expect(page.Locator("[data-testid=shipment-grid] tbody tr").First).ToContainTextAsync("SH");
    }

    [Fact]
    public async Task A_dealer_on_a_phone_follows_available_credit_and_purchases_to_their_pages()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await OpenHomeAsync(context, "dealer@demo.partnerportal.local");

        await Assertions.Expect(page.Locator("[data-testid=dealer-available-credit]")).ToContainTextAsync(new Regex(@"¥[\d,]+\.\d\d"));
        await Assertions.Expect(page.Locator("[data-testid=dealer-purchases-chart]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=dealer-available-credit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/credit$"));

        // This year's purchases open the shipments they add up to; on a phone the totals stand above the cards.
        await page.GotoAsync(app.BaseUrl + "/");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var purchases = page.Locator("[data-testid=dealer-purchases-this-year]");
        await Assertions.Expect(purchases).ToContainTextAsync(new Regex(@"¥[\d,]+\.\d\d"));
        var clicked = (await purchases.InnerTextAsync()).Trim();
        await purchases.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/shipments\?from=\d{4}-01-01&to=\d{4}-\d\d-\d\d$"));
        await Assertions.Expect(page.Locator("[data-testid=shipment-total-amount]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=shipment-total-amount]")).ToHaveTextAsync(clicked);
    }

    /// <summary>Signs in as <paramref name="email"/> in a new page of <paramref name="context"/> and waits for the home page to be interactive.</summary>
    private async Task<IPage> OpenHomeAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, email);
        await page.GotoAsync(app.BaseUrl + "/");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    private static string ScreenshotPath(string file)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnerPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
