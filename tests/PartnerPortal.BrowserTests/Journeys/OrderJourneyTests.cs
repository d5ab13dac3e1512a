using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class OrderJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Dealer_quick_orders_and_submits_a_manager_ships_part_and_the_dealer_sees_the_invoice()
    {
        // The demo dealer (P0001, Strategic): AC-1001 at its explicit tier price 2,803.00, AC-1002 at 2,599.00 − 12 % = 2,287.12.
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "dealer@demo.partnerportal.local");

        await dealer.GotoAsync(app.BaseUrl + "/cart");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        await dealer.Locator("[data-testid=quick-order-text]").FillAsync("AC-1001 2\nAC-1002 3");
        await dealer.Locator("[data-testid=quick-order-add]").ClickAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=cart-total]")).ToContainTextAsync("¥12,467.36"); // 5,606.00 + 6,861.36

        await dealer.Locator("[data-testid=submit-order]").ClickAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=submission-approved]")).ToContainTextAsync("¥12,467.36");
        await dealer.Locator("[data-testid=submission-order-link]").First.ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex(@"/orders/\d+$"));
        await Assertions.Expect(dealer.Locator("[data-testid=order-status]").First).ToHaveTextAsync("Approved");
        var orderUrl = dealer.Url;

        // The channel manager of 华东 ships both AC-1001 and one of the three AC-1002.
        await using var managerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var manager = await managerContext.NewPageAsync();
        manager.SetDefaultTimeout(30_000);
        await app.SignInAsync(manager, "manager.east@demo.partnerportal.local");
        await manager.GotoAsync(orderUrl);
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        await manager.Locator("[data-testid=ship-order]").ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex(@"/orders/\d+/ship$"));
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        await manager.Locator("input[data-testid=ship-AC-1002]").FillAsync("1");
        await manager.Locator("input[data-testid=ship-AC-1002]").PressAsync("Tab");
        await manager.Locator("[data-testid=ship]").ClickAsync();
        // The confirmation names the partner and what will be invoiced before anything is posted.
        await Assertions.Expect(manager.Locator("[data-testid=confirm-partner]")).ToContainTextAsync("P0001");
        await Assertions.Expect(manager.Locator("[data-testid=confirm-amount]")).ToContainTextAsync("¥7,893.12");
        await manager.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex(@"/orders/\d+$"));
        await Assertions.Expect(manager.Locator("[data-testid=order-status]").First).ToHaveTextAsync("Partially shipped");
        await Assertions.Expect(manager.Locator("[data-testid=order-invoices]")).ToContainTextAsync("¥7,893.12"); // 5,606.00 + 2,287.12

        // The dealer's credit page lists the invoice first (newest first).
        await dealer.GotoAsync(app.BaseUrl + "/credit");
        await Assertions.Expect(dealer.Locator("[data-testid=ledger] tbody tr").First).ToContainTextAsync("¥7,893.12");
    }
}
