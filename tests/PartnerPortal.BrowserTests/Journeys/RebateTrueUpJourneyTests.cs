using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class RebateTrueUpJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    /// <summary>
    /// The demo has a return of the demo dealer received after its period was settled. Once the brand settles the next
    /// period of each policy, the dealer sees the claw-back on its rebate page "because of" that return, and its drill-down
    /// lists the returned line.
    /// </summary>
    [Fact]
    public async Task Settling_the_next_period_trues_up_a_settled_one_and_the_dealer_sees_why()
    {
        await using var adminContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await adminContext.NewPageAsync();
        admin.SetDefaultTimeout(30_000);
        await app.SignInAsync(admin, "admin@demo.partnerportal.local");

        // Before: no true-ups on the dealer's rebate page.
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "dealer@demo.partnerportal.local");
        await dealer.GotoAsync(app.BaseUrl + "/rebates");
        await Assertions.Expect(dealer.Locator("[data-testid=rebate-trueups-empty]")).ToBeVisibleAsync();

        foreach (var code in new[] { "RB-0001", "RB-0002", "RB-0003" })
        {
            await admin.GotoAsync(app.BaseUrl + "/rebates/policies");
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await admin.Locator("[data-testid=policy-grid] tr", new() { HasText = code }).First.ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(new Regex(@"/rebates/policies/\d+$"));
            await admin.Locator("[data-testid=policy-periods]").WaitForAsync();
            var settle = admin.Locator("[data-testid=period-settle]");
            if (await settle.CountAsync() == 0) continue;
            var before = await settle.CountAsync();
            await settle.First.ClickAsync();
            // The confirmation names the period and the total; settling is final.
            var dialog = admin.Locator(".mud-dialog");
            await Assertions.Expect(dialog).ToContainTextAsync("This cannot be undone.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
            await Assertions.Expect(settle).ToHaveCountAsync(before - 1);
        }

        // The dealer's page: a claw-back of a settled period, because of the return, with the debit note that charged it.
        await dealer.ReloadAsync();
        var trueUp = dealer.Locator("[data-testid=rebate-trueups] tbody tr", new() { HasText = "RMA-" }).First;
        await Assertions.Expect(trueUp.Locator("[data-testid=trueup-line]")).ToContainTextAsync("\u2212¥");
        await Assertions.Expect(trueUp.Locator("[data-testid=trueup-cause]")).ToHaveTextAsync(new Regex(@"because of RMA-\d{6}-\d{5}"));
        await Assertions.Expect(trueUp.Locator("[data-testid=trueup-note]")).ToContainTextAsync("DN-");
        var rma = Regex.Match(await trueUp.Locator("[data-testid=trueup-cause]").InnerTextAsync(), @"RMA-\d{6}-\d{5}").Value;

        // What it was worked out on: the returned line, negative, on the shipment it reverses, posted after the settlement.
        await trueUp.Locator("[data-testid=trueup-explain]").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex(@"/rebates/basis/true-up/\d+$"));
        var returned = dealer.Locator("[data-testid=basis-lines] tbody tr", new() { Has = dealer.Locator("[data-testid=basis-return]") });
        await Assertions.Expect(returned).ToHaveCountAsync(1);
        await Assertions.Expect(returned.Locator("[data-testid=basis-return]")).ToHaveTextAsync($"returned: {rma}");
        await Assertions.Expect(returned.Locator("[data-testid=basis-quantity]")).ToContainTextAsync("-");
        await Assertions.Expect(returned.Locator("[data-testid=basis-after-settlement]")).ToBeVisibleAsync();
    }
}
