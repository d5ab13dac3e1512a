using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class IntegrationJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task An_admin_creates_an_api_key_the_erp_uses_it_and_after_revoking_it_is_refused()
    {
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await app.SignInAsync(page, "admin@demo.partnerportal.local");
        await page.GotoAsync(app.BaseUrl + "/admin/api-keys");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        await page.Locator("[data-testid=new-api-key]").ClickAsync();
        await page.Locator("input[data-testid=api-key-name-input]").FillAsync("ERP 用友 production");
        // No scope yet: the form says what is missing and creates nothing.
        await page.Locator("[data-testid=create-api-key]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=api-key-dialog]")).ToContainTextAsync("required");
        await page.Locator("[data-testid=api-key-scopes-input]").ClickAsync();
        var ordersRead = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "orders:read" });
        await ordersRead.ClickAsync();
        await Assertions.Expect(ordersRead).ToHaveAttributeAsync("aria-selected", "true");
        // Close the list and wait until it is gone, so it cannot cover the button on a slow machine.
        await PopoverList.CloseAsync(page, page.Locator("input[data-testid=api-key-name-input]"), ordersRead);
        await page.Locator("[data-testid=create-api-key]").ClickAsync();

        // Shown once.
        var secret = (await page.Locator("[data-testid=api-key-secret]").InnerTextAsync()).Trim();
        Assert.StartsWith("pp_", secret);
        await page.Locator("[data-testid=close-api-key]").ClickAsync();
        var row = page.Locator("tr").Filter(new() { Has = page.Locator("[data-testid=api-key-row]", new() { HasText = "ERP 用友 production" }) });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync(secret);

        // The ERP calls the API with it: its own scope works, another scope is refused.
        var erp = await app.Playwright.APIRequest.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + secret },
        });
        var me = await erp.GetAsync("/api/v1/me");
        Assert.Equal(200, me.Status);
        Assert.Contains("orders:read", await me.TextAsync());
        Assert.Equal(200, (await erp.GetAsync("/api/v1/orders?limit=2")).Status);
        Assert.Equal(403, (await erp.GetAsync("/api/v1/rebates/accruals")).Status);

        // The admin revokes it; the next call is refused.
        await row.Locator("[data-testid=revoke-api-key]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=api-key-status]")).ToContainTextAsync("Revoked");
        Assert.Equal(401, (await erp.GetAsync("/api/v1/me")).Status);
        await erp.DisposeAsync();
    }

    [Fact]
    public async Task The_api_reference_page_and_document_are_public()
    {
        var anonymous = await app.Playwright.APIRequest.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var document = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(200, document.Status);
        Assert.Contains("/api/v1/orders", await document.TextAsync());
        await anonymous.DisposeAsync();

        await using var context = await app.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(app.BaseUrl + "/api/reference");
        // The reference is drawn by script from the document: its title and the endpoints' groups appear.
        await Assertions.Expect(page.GetByText("PartnerPortal integration API").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Shipments").First).ToBeVisibleAsync();
    }
}
