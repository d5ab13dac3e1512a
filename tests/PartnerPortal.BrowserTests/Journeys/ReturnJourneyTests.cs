using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.BrowserTests.Support;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Access;
using SkiaSharp;

namespace PartnerPortal.BrowserTests.Journeys;

public sealed class ReturnJourneyTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Dealer_returns_goods_with_a_photo_manager_approves_and_restocks_and_the_credit_note_reaches_the_dealers_ledger()
    {
        var orderId = await ReturnableOrderAsync();

        // The dealer, on a phone, opens a shipped order and asks for one unit of its first line back, with a photo.
        await using var dealerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var dealer = await dealerContext.NewPageAsync();
        dealer.SetDefaultTimeout(30_000);
        await app.SignInAsync(dealer, "dealer@demo.partnerportal.local");
        await dealer.GotoAsync($"{app.BaseUrl}/orders/{orderId}");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        await dealer.Locator("[data-testid=request-return]").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex($"/orders/{orderId}/return$"));
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(dealer.Locator("[data-testid=returnable-lines]")).ToBeVisibleAsync();
        Assert.True(await dealer.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The return form scrolls sideways on a phone.");
        var quantity = dealer.Locator("input[data-testid^=return-quantity-]").First;
        await quantity.FillAsync("1");
        await quantity.PressAsync("Tab");
        await dealer.Locator("[data-testid=return-reason]").ClickAsync();
        await dealer.GetByRole(AriaRole.Option, new() { Name = "Defective" }).ClickAsync();
        await dealer.Locator("textarea[data-testid=return-note]").FillAsync("外机异响 / the outdoor unit rattles");
        await dealer.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "rattle.png", MimeType = "image/png", Buffer = Png() });
        await Assertions.Expect(dealer.Locator("[data-testid=photo-chosen-item]")).ToHaveCountAsync(1);
        await Assertions.Expect(dealer.Locator("[data-testid=photo-preview]")).ToHaveCountAsync(1);
        await dealer.Locator("[data-testid=send-return]").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex(@"/returns/RMA-\d{6}-\d{5}$"));
        var number = dealer.Url[(dealer.Url.LastIndexOf('/') + 1)..];
        await Assertions.Expect(dealer.Locator("[data-testid=return-status]")).ToHaveTextAsync("Requested");
        await Assertions.Expect(dealer.Locator("[data-testid=return-photo]")).ToHaveCountAsync(1);

        // The channel manager finds it in the queue, approves it and records the receipt: restocked at the first warehouse.
        await using var managerContext = await app.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var manager = await managerContext.NewPageAsync();
        manager.SetDefaultTimeout(30_000);
        await app.SignInAsync(manager, "manager.east@demo.partnerportal.local");
        // From the home page's work queue: the demo's waiting return and this one, the list filtered to what is waiting.
        await manager.GotoAsync(app.BaseUrl + "/");
        var queue = manager.Locator("[data-testid=queue-returns] [data-testid=queue-count]");
        await Assertions.Expect(queue).ToHaveTextAsync("2");
        await queue.ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex(@"/returns\?status=Requested$"));
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        await manager.Locator("[data-testid=return-link]", new() { HasText = number }).ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex($"/returns/{number}$"));
        await manager.Locator("[data-testid=approve-return]").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=decision-partner]")).ToContainTextAsync("P0001");
        await manager.Locator("[data-testid=decision-ok]").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=return-status]")).ToHaveTextAsync("Approved");
        await manager.Locator("[data-testid=record-receipt]").ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex($"/returns/{number}/receipt$"));
        await manager.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(manager.Locator("input[data-testid^=received-]").First).ToHaveValueAsync("1");
        await manager.Locator("input[data-testid=receipt-reference]").FillAsync("WMS-R-0001");
        await manager.Locator("[data-testid=post-receipt]").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=confirm-partner]")).ToContainTextAsync("P0001");
        var amount = (await manager.Locator("[data-testid=confirm-amount] td").InnerTextAsync()).Trim();
        Assert.StartsWith("¥", amount);
        await manager.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex($"/returns/{number}$"));
        await Assertions.Expect(manager.Locator("[data-testid=return-status]")).ToHaveTextAsync("Credited");
        await Assertions.Expect(manager.Locator("[data-testid=return-credit-note]")).ToContainTextAsync(amount);
        var creditNote = (await manager.Locator("[data-testid=return-credit-note] a").InnerTextAsync()).Trim();

        // The dealer's ledger shows the credit note, linked to the return.
        await dealer.GotoAsync(app.BaseUrl + "/credit");
        await dealer.Locator("[data-interactive=true]").WaitForAsync();
        var row = dealer.Locator("[data-testid=ledger] tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync(creditNote);
        await Assertions.Expect(row).ToContainTextAsync(amount);
        await row.Locator($"[data-testid=ledger-return-{creditNote}]").ClickAsync();
        await Assertions.Expect(dealer).ToHaveURLAsync(new Regex($"/returns/{number}$"));
        await Assertions.Expect(dealer.Locator("[data-testid=return-status]")).ToHaveTextAsync("Credited");
    }

    /// <summary>The demo dealer's newest shipped order that no demo return touches.</summary>
    private async Task<int> ReturnableOrderAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("journey");
        return await db.Orders.Where(o => o.Partner!.Code == "P0001" && o.Status == OrderStatus.Completed && !db.ReturnRequests.Any(r => r.OrderId == o.Id))
            .OrderByDescending(o => o.SubmittedAt).Select(o => o.Id).FirstAsync();
    }

    /// <summary>A small photo made on the spot.</summary>
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
