using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class AuditJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Admin_raises_a_credit_limit_after_confirming_it_and_the_partners_audit_log_shows_it_before_and_after()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "admin@demo.partnerportal.local");
        await page.GotoAsync(app.BaseUrl + "/partners");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var partner = await page.Locator("tr", new() { HasText = "P0003" }).Locator("a[href^='/partners/']").First.GetAttributeAsync("href");

        // P0003's limit goes from ¥200,000.00 to ¥250,000.00; the confirmation names the partner and both limits.
        await page.GotoAsync(app.BaseUrl + partner + "/credit");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var limit = page.Locator("input[data-testid=credit-limit]");
        await Assertions.Expect(limit).ToHaveValueAsync("200,000.00");
        await limit.FillAsync("250000");
        await limit.PressAsync("Tab");
        await page.Locator("[data-testid=save-credit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-partner]")).ToContainTextAsync("P0003");
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("¥200,000.00");
        await Assertions.Expect(dialog).ToContainTextAsync("¥250,000.00");
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("input[data-testid=credit-limit]")).ToHaveValueAsync("250,000.00");

        // From the partner's page to its audit log: the change is the newest entry, under the admin's name, old and new side by side.
        await page.GotoAsync(app.BaseUrl + partner);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=partner-audit-link]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/admin/audit\?.*partnerId=\d+"));
        var newest = page.Locator("[data-testid=audit-entry]").First;
        var field = newest.Locator("[data-testid=audit-field][data-field=CreditLimit]");
        await Assertions.Expect(field).ToHaveAttributeAsync("data-changed", "true");
        Assert.Equal(200_000m, Amount(await field.Locator("[data-testid=audit-before]").InnerTextAsync()));
        Assert.Equal(250_000m, Amount(await field.Locator("[data-testid=audit-after]").InnerTextAsync()));
        await Assertions.Expect(newest.Locator("[data-testid=audit-partner]")).ToContainTextAsync("P0003");
        await Assertions.Expect(newest.Locator("[data-testid=audit-who]")).Not.ToBeEmptyAsync();
        // Every entry on the page is P0003's.
        var partners = await page.Locator("[data-testid=audit-entry] [data-testid=audit-partner]").AllInnerTextsAsync();
        Assert.NotEmpty(partners);
        Assert.All(partners, p => Assert.StartsWith("P0003", p.Trim(), StringComparison.Ordinal));
    }

    private static decimal Amount(string shown) =>
        decimal.Parse(new string(shown.Where(c => char.IsDigit(c) || c is '.' or '-').ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
