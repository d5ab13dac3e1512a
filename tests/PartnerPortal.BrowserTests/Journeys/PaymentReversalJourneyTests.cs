using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class PaymentReversalJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Manager_records_a_payment_then_reverses_it_and_the_dealers_available_credit_goes_back_down()
    {
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "dealer@demo.partnerportal.local");
        await dealer.GotoAsync(app.BaseUrl + "/credit");
        var before = await dealer.Locator("[data-testid=available-credit]").InnerTextAsync();

        await using var managerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var manager = await managerContext.NewPageAsync();
        manager.SetDefaultTimeout(30_000);
        await app.SignInAsync(manager, "manager.east@demo.partnerportal.local");
        await manager.GotoAsync(app.BaseUrl + "/partners");
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        var partner = await manager.Locator("tr", new() { HasText = "P0001" }).Locator("a[href^='/partners/']").First.GetAttributeAsync("href");
        await manager.GotoAsync(app.BaseUrl + partner + "/credit");
        await manager.Locator("[data-interactive=true]").WaitForAsync();

        // Record 12,345.60 without a bank reference: the reason is asked for, and the confirmation shows partner and amount.
        await manager.Locator("input[data-testid=payment-amount]").FillAsync("12345.60");
        await manager.Locator("input[data-testid=payment-amount]").PressAsync("Tab");
        await manager.Locator("input[data-testid=payment-no-reference]").CheckAsync();
        await manager.Locator("input[data-testid=payment-no-reference-reason]").FillAsync("cash at the counter");
        await manager.Locator("[data-testid=record-payment]").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=confirm-partner]")).ToContainTextAsync("P0001");
        await Assertions.Expect(manager.Locator("[data-testid=confirm-amount]")).ToContainTextAsync("¥12,345.60");
        await manager.Locator("[data-testid=confirm-ok]").ClickAsync();
        var payment = manager.Locator("[data-testid=ledger] tbody tr").First;
        await Assertions.Expect(payment).ToContainTextAsync("¥12,345.60");
        await Assertions.Expect(payment).ToContainTextAsync("No reference: cash at the counter");
        var number = (await payment.Locator("td").Nth(1).InnerTextAsync()).Trim();

        await dealer.ReloadAsync();
        var paid = await dealer.Locator("[data-testid=available-credit]").InnerTextAsync();
        Assert.Equal(Amount(before) + 12_345.60m, Amount(paid));

        // Reverse it as bounced: the dialog names the payment and its amount.
        await manager.Locator($"[data-testid=reverse-{number}]").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=reverse-number]")).ToHaveTextAsync(number);
        await Assertions.Expect(manager.Locator("[data-testid=reverse-amount]")).ToHaveTextAsync("¥12,345.60");
        await manager.Locator("[data-testid=reverse-reason] input[type=radio]").First.CheckAsync();
        await manager.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(manager.Locator($"[data-testid=reversed-{number}]")).ToContainTextAsync("Bounced");
        await Assertions.Expect(manager.Locator($"[data-testid=reverse-{number}]")).ToHaveCountAsync(0);

        // The dealer sees the reversal in its ledger and its available credit back where it was.
        await dealer.ReloadAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=ledger] tbody tr").First).ToContainTextAsync($"Reverses {number}");
        Assert.Equal(Amount(before), Amount(await dealer.Locator("[data-testid=available-credit]").InnerTextAsync()));
    }

    private static decimal Amount(string shown) =>
        decimal.Parse(new string(shown.Where(c => char.IsDigit(c) || c is '.' or '-').ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
