using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>
/// The pages a channel manager opens on a phone (390 px wide): nothing sticks out sideways, no card scrolls inside itself,
/// every value is on screen, and the navigation highlights exactly the page's own link.
/// </summary>
public sealed class PhoneLayoutJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    private const int PhoneWidth = 390;

    /// <summary>
    /// What sticks out of the viewport or scrolls sideways inside <paramref name="selector"/>: the page itself, any box with a
    /// scroll bar of its own, and any visible element whose right edge passes the viewport's. Empty when everything fits.
    /// </summary>
    private const string OverflowScript = """
        (selector) => {
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
          const card = document.querySelector(selector);
          if (!card) return [`no ${selector}`];
          if (card.scrollWidth > card.clientWidth + 1) problems.push(`card ${card.scrollWidth} > ${card.clientWidth}`);
          for (const e of card.querySelectorAll('*')) {
            const style = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            // A ripple is the passing animation of a tap, not content.
            if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || e.closest('.mud-ripple-effect')) continue;
            const name = `${e.tagName.toLowerCase()}.${(e.getAttribute('class') || '').split(' ').slice(0, 2).join('.')}`;
            if (['auto', 'scroll'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1)
              problems.push(`${name} scrolls ${e.scrollWidth} > ${e.clientWidth}`);
            if (r.right > window.innerWidth + 1 && e.children.length === 0)
              problems.push(`${name} "${(e.textContent || '').trim().slice(0, 30)}" ends at ${Math.round(r.right)}`);
          }
          return problems.slice(0, 10);
        }
        """;

    [Theory]
    [InlineData("/", "[data-testid=sales-trend]", "/")]
    [InlineData("/partners/health", "[data-testid=health-grid]", "/partners/health")]
    public async Task A_managers_page_fits_a_phone_and_highlights_one_link(string path, string card, string activeHref)
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = PhoneWidth, Height = 844 } });
        var page = await OpenAsync(context, "admin@demo.partnerportal.local", path);
        await Assertions.Expect(page.Locator(card).First).ToBeVisibleAsync();
        if (path == "/partners/health")
        {
            // The explanation under a partner's row is part of the page a manager reads on the phone.
            await Assertions.Expect(page.Locator("[data-testid=health-points]").First).ToBeVisibleAsync();
            await page.Locator("[data-testid=health-grid] .mud-table-body button").First.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=health-explanation]").First).ToBeVisibleAsync();
        }

        var problems = await page.EvaluateAsync<string[]>(OverflowScript, card);

        Assert.True(problems.Length == 0, $"{path} at {PhoneWidth}px: {string.Join("; ", problems)}");
        var active = await page.Locator("[data-testid=nav-drawer] a.active").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal([activeHref], active);
    }

    [Theory]
    [InlineData("/partners", "/partners")]
    [InlineData("/partners/documents", "/partners/documents")]
    [InlineData("/admin/webhooks/deliveries", "/admin/webhooks/deliveries")]
    public async Task A_page_under_another_links_address_highlights_only_its_own_link(string path, string activeHref)
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = PhoneWidth, Height = 844 } });
        var page = await OpenAsync(context, "admin@demo.partnerportal.local", path);

        var active = await page.Locator("[data-testid=nav-drawer] a.active").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal([activeHref], active);
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
