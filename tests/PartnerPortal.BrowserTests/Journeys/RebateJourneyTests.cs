using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class RebateJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_manager_creates_and_activates_a_policy_and_the_dealer_sees_how_far_the_next_tier_is()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "manager.east@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/rebates/policies/new");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("input[data-testid=policy-name]").FillAsync("华东冲量返利");

        // Saving without a region is refused, and the form says which field needs attention.
        await page.Locator("[data-testid=save-policy]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=fields-need-attention]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("is required.")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/rebates/policies/new$"));

        await page.Locator("[data-testid=policy-regions]").ClickAsync();
        var eastChina = page.GetByRole(AriaRole.Option, new() { Name = "East China" });
        await eastChina.ClickAsync();
        await Assertions.Expect(eastChina).ToHaveAttributeAsync("aria-selected", "true");
        await PopoverList.CloseAsync(page, page.Locator("h1"), eastChina);
        // Each value is committed (Tab) and seen back before the next: on a busy machine a later re-render must not
        // find the server still holding the old value.
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-threshold]").First, "50000");
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-rate]").First, "1");
        await page.Locator("[data-testid=add-tier]").ClickAsync();
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-threshold]").Nth(1), "5000000");
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-rate]").Nth(1), "3");
        await Assertions.Expect(page.Locator("input[data-testid=tier-rate]").First).ToHaveValueAsync("1");
        // The demo's quarterly policy already covers every partner and product: this one pays on top of it.
        await page.Locator("[data-testid=policy-stackable]").ClickAsync();
        await page.Locator("[data-testid=save-policy]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/rebates/policies/\d+$"));
        await Assertions.Expect(page.Locator("[data-testid=policy-status]")).ToContainTextAsync("Draft");
        await page.Locator("[data-testid=activate-policy]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-status]")).ToContainTextAsync("Active");
        await Assertions.Expect(page.Locator("[data-testid=policy-periods]")).ToBeVisibleAsync();

        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "dealer@demo.partnerportal.local");
        await dealer.GotoAsync(app.BaseUrl + "/rebates");
        var card = dealer.Locator("[data-testid=rebate-card]").Filter(new() { HasText = "华东冲量返利" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-testid=rebate-hint]")).ToContainTextAsync(new Regex(@"¥[\d,]+\.\d\d more to reach 3% — worth ¥[\d,]+\.\d\d more"));
        await Assertions.Expect(card.Locator("[data-testid=rebate-tier]")).ToContainTextAsync("1%");
    }

    [Fact]
    public async Task An_overlapping_policy_is_activated_after_its_category_is_left_out_of_the_other_policy_and_its_cost_previewed_for_a_picked_period()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "admin@demo.partnerportal.local");

        await page.GotoAsync(app.BaseUrl + "/rebates/policies/new");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("input[data-testid=policy-name]").FillAsync("空调专项返利");
        await page.Locator("[data-testid=policy-regions]").ClickAsync();
        var eastChina = page.GetByRole(AriaRole.Option, new() { Name = "East China" });
        await eastChina.ClickAsync();
        await PopoverList.CloseAsync(page, page.Locator("h1"), eastChina);
        await page.Locator("[data-testid=policy-product-target]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "By category" }).ClickAsync();
        await page.Locator("[data-testid=policy-categories]").ClickAsync();
        var airConditioners = page.GetByRole(AriaRole.Option, new() { Name = "Air Conditioners" });
        await airConditioners.ClickAsync();
        await PopoverList.CloseAsync(page, page.Locator("h1"), airConditioners);
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-threshold]").First, "50000");
        await FillAndCommitAsync(page.Locator("input[data-testid=tier-rate]").First, "2");
        await page.Locator("[data-testid=save-policy]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/rebates/policies/\d+$"));
        var draftUrl = page.Url;

        // The demo's quarterly policy pays on every product: activation is refused, and the page explains the ways out.
        await page.Locator("[data-testid=activate-policy]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        var panel = page.Locator("[data-testid=overlap-panel]");
        await Assertions.Expect(panel).ToContainTextAsync("RB-0001 v1 already pays on these purchases");
        await Assertions.Expect(panel.Locator("[data-testid=overlap-stackable]")).ToContainTextAsync("pays both rebates on the same units");
        await Assertions.Expect(panel.Locator("[data-testid=overlap-here-closed]")).ToContainTextAsync("pays on every product");
        await Assertions.Expect(panel.Locator("[data-testid=overlap-there-what]")).ToContainTextAsync("without Air Conditioners");

        // Leave air conditioners out of RB-0001 by a revision, activate it, then the draft.
        await panel.Locator("[data-testid=overlap-exclude-there]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-heading]")).ToHaveTextAsync("RB-0001 v2");
        await Assertions.Expect(page.Locator("[data-testid=policy-product-exclusions]")).ToContainTextAsync("Air Conditioners");
        await page.Locator("[data-testid=activate-policy]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-status]")).ToContainTextAsync("Active");

        await page.GotoAsync(draftUrl);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=activate-policy]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-status]")).ToContainTextAsync("Active");
        await Assertions.Expect(page.Locator("[data-testid=overlap-panel]")).ToHaveCountAsync(0);

        // The active version's cost, previewed for the running quarter picked from the list.
        await page.Locator("[data-testid=preview-period]").ClickAsync();
        var running = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "(so far)" });
        await running.ClickAsync();
        await Assertions.Expect(page.Locator("input[data-testid=preview-period]")).ToHaveValueAsync(new Regex(@"\(so far\)"));
        await page.Locator("[data-testid=preview-policy]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-preview]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=preview-caption]")).ToContainTextAsync("so far");
    }

    /// <summary>
    /// Types a value, commits it (Tab) and checks it stuck. On a loaded machine a re-render answering the previous
    /// field's change can arrive after the typing and put the old value back (noted on the issue as a known tier editor
    /// bug); the journey then types it again, as a person would, up to three times.
    /// </summary>
    private static async Task FillAndCommitAsync(ILocator input, string value)
    {
        var expected = new Regex("^" + value.Replace("000", ",?000") + "(\\.0+)?$");
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(value);
            await input.PressAsync("Tab");
            try
            {
                await Assertions.Expect(input).ToHaveValueAsync(expected, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
