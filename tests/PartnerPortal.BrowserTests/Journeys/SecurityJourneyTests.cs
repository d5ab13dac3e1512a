using System.Collections.Concurrent;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>
/// The pages work under the Content-Security-Policy (nothing refused in the console, the circuit runs, MudBlazor dialogs
/// and lists open), the real server sends no Server header, and an admin who points a webhook at the portal's own server
/// is told why it is refused.
/// </summary>
public sealed class SecurityJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task An_admin_works_under_the_security_policy_and_a_webhook_to_loopback_is_refused_with_the_reason()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var refused = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Enqueue(message.Text);
        };
        page.PageError += (_, error) => refused.Enqueue("page error: " + error);

        var login = await page.GotoAsync(app.BaseUrl + "/Account/Login");
        Assert.NotNull(login);
        var headers = await login.AllHeadersAsync();
        Assert.False(headers.ContainsKey("server"), "the server names itself");
        Assert.Contains("script-src 'self' 'nonce-", headers["content-security-policy"]);
        await app.SignInAsync(page, "admin@demo.partnerportal.local");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        await page.GotoAsync(app.BaseUrl + "/admin/webhooks");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=new-webhook]").ClickAsync();
        await page.Locator("input[data-testid=webhook-url]").FillAsync("http://127.0.0.1:9/hooks");
        await page.Locator("[data-testid=webhook-events]").ClickAsync();
        var approved = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "order.approved" });
        await approved.ClickAsync();
        await Assertions.Expect(approved).ToHaveAttributeAsync("aria-selected", "true");
        await PopoverList.CloseAsync(page, page.Locator("input[data-testid=webhook-url]"), approved);
        await page.Locator("[data-testid=webhook-save]").ClickAsync();

        var dialog = page.Locator("[data-testid=webhook-dialog]");
        await Assertions.Expect(dialog).ToContainTextAsync("127.0.0.1 points to 127.0.0.1, a loopback address: this server itself.");
        await Assertions.Expect(dialog).ToContainTextAsync("Webhooks:AllowedHosts");
        await page.Locator("[data-testid=webhook-cancel]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=webhooks-empty]")).ToBeVisibleAsync();

        Assert.True(refused.IsEmpty, string.Join(Environment.NewLine, refused));
    }

    [Fact]
    public async Task The_api_reference_page_draws_under_its_own_policy()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var refused = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Enqueue(message.Text);
        };

        await page.GotoAsync(app.BaseUrl + "/api/reference");

        await Assertions.Expect(page.GetByText("Shipments").First).ToBeVisibleAsync();
        Assert.True(refused.IsEmpty, string.Join(Environment.NewLine, refused));
    }
}
