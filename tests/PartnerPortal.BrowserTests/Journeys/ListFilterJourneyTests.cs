using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.BrowserTests.Journeys;

/// <summary>A list opened from a dashboard's link shows what the link asks for, and its address follows the filters the user changes.</summary>
public sealed class ListFilterJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_manager_opens_filtered_lists_from_their_address_and_the_address_follows_the_filters()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "manager.east@demo.partnerportal.local");
        var p1 = await PartnerIdAsync("P0001");

        // The orders of P0001 that are completed, and nobody else's.
        await page.GotoAsync($"{app.BaseUrl}/orders?status=Completed&partnerId={p1}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var orders = page.Locator("[data-testid=order-grid]");
        await Assertions.Expect(orders.Locator("tbody tr").First).ToContainTextAsync("P0001");
        await Assertions.Expect(orders.Locator("tbody")).Not.ToContainTextAsync("P0002");
        await Assertions.Expect(page.Locator("[data-testid=order-partner-chip]")).ToContainTextAsync("Partner P0001");

        // Removing the partner chip widens the list and takes partnerId out of the address, keeping the status.
        await page.Locator("[data-testid=order-partner-chip] .mud-chip-close-button").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("partnerId="));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("status=Completed"));
        await Assertions.Expect(page.Locator("[data-testid=order-partner-chip]")).ToHaveCountAsync(0);
        await Assertions.Expect(orders.Locator("tbody")).ToContainTextAsync("P0002");

        // The overdue invoices (P0004's is past due in the demo data) with their totals; switching the filter off shows every open one.
        await page.GotoAsync($"{app.BaseUrl}/invoices?overdue=true");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var invoices = page.Locator("[data-testid=invoice-grid]");
        await Assertions.Expect(invoices.Locator("tbody")).ToContainTextAsync("P0004");
        await Assertions.Expect(page.Locator("[data-testid=invoice-total-count]")).ToBeVisibleAsync();
        var overdueCount = await page.Locator("[data-testid=invoice-total-count]").InnerTextAsync();
        await page.GetByText("Overdue only").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("overdue="));
        await Assertions.Expect(page.Locator("[data-testid=invoice-total-count]")).Not.ToHaveTextAsync(overdueCount);
        await Assertions.Expect(invoices.Locator("tbody")).ToContainTextAsync("P0002");
    }

    private async Task<int> PartnerIdAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        return await db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }
}
