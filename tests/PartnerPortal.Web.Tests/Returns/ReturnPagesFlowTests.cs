using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Web.Account;
using PartnerPortal.Web.Returns;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>
/// A return through the real app, as its pages drive it: the dealer asks for one of a shipped demo order with a photo, the
/// channel manager approves it and posts the receipt (restocked at WH-SH), and the dealer's pages and ledger show the
/// credit note. The services run in the app's own container as the signed-in user, exactly as the pages call them; the
/// pages are read as each user gets them. Another dealer, and a manager of other regions, find neither the return nor its
/// photo.
/// </summary>
public sealed class ReturnPagesFlowTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string DealerP0002 = "dealer.p0002@demo.partnerportal.local";
    private const string ManagerNorth = "manager.north@demo.partnerportal.local";

    [Fact]
    public async Task Dealer_requests_manager_approves_and_receives_and_the_dealer_sees_the_credit_note()
    {
        // A demo order of P0001 that no demo return touches.
        var order = await app.WithSystemContextAsync(db => db.Orders
            .Where(o => o.Partner!.Code == "P0001" && o.Status == Domain.Ordering.OrderStatus.Completed && !db.ReturnRequests.Any(r => r.OrderId == o.Id))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Number }).FirstAsync());

        var orderPage = await app.GetPageAsync(DemoUsers.Dealer, $"/orders/{order.Id}");
        Assert.Contains("data-testid=\"request-return\"", orderPage);
        Assert.Contains("data-testid=\"returnable-lines\"", await app.GetPageAsync(DemoUsers.Dealer, $"/orders/{order.Id}/return"));

        // The dealer asks for 2 of the first shipped line back, with a photo.
        var line = (await AsAsync(DemoUsers.Dealer, (ReturnRequestService s) => s.ReturnableAsync(order.Id)))[0];
        var quantity = Math.Min(2, line.Returnable);
        var png = ReturnWebKit.Png();
        var requested = await AsAsync(DemoUsers.Dealer, async (ReturnRequestService s) =>
        {
            await using var photo = new MemoryStream(png);
            return await s.RequestAsync(new ReturnRequestForm(order.Id, ReturnReason.Defective, "裂纹", [new RequestedReturnLine(line.ShipmentLineId, quantity)],
                [new ScanFile(photo, "crack.png", png.Length)]));
        });
        Assert.True(requested.Succeeded, string.Join(", ", requested.Problems.Select(p => p.Code)));
        var created = (await AsAsync(DemoUsers.Dealer, (ReturnQueryService s) => s.GetAsync(requested.Value)))!;
        var photoId = Assert.Single(created.Photos).Id;

        // The dealer's return page, its list and the order page show it; the manager's queue has it.
        var page = Text(await app.GetPageAsync(DemoUsers.Dealer, $"/returns/{created.Number}"));
        Assert.Contains($"Return {created.Number}", page);
        Assert.Contains(ReturnPhotoEndpoints.ThumbnailUrl(photoId), page);
        Assert.Contains("data-testid=\"cancel-return\"", page);
        Assert.Contains(created.Number, Text(await app.GetPageAsync(DemoUsers.Dealer, $"/orders/{order.Id}")));
        Assert.Contains("data-testid=\"approve-return\"", await app.GetPageAsync(DemoUsers.ManagerEast, $"/returns/{created.Number}"));

        // Another partner's dealer and a manager of other regions: not found, page and photo alike.
        foreach (var outsider in new[] { DealerP0002, ManagerNorth })
        {
            using var client = app.CreatePortalClient();
            await client.SignInAsync(outsider);
            var foreign = await client.GetAsync($"/returns/{created.Number}");
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            // (The number is in the address, which the language switch links back to; the return itself is not shown.)
            var body = Text(await foreign.Content.ReadAsStringAsync());
            Assert.DoesNotContain($"Return {created.Number}", body);
            Assert.DoesNotContain("data-testid=\"return-lines\"", body);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReturnPhotoEndpoints.PhotoUrl(photoId))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReturnPhotoEndpoints.ThumbnailUrl(photoId))).StatusCode);
        }
        Assert.Null(await AsAsync(DealerP0002, (ReturnQueryService s) => s.GetAsync(created.Number)));

        // The manager approves, and receives everything back into WH-SH.
        Assert.True((await AsAsync(DemoUsers.ManagerEast, (ReturnDecisionService s) => s.ApproveAsync(created.Id))).Succeeded);
        Assert.Contains("data-testid=\"receipt-lines\"", await app.GetPageAsync(DemoUsers.ManagerEast, $"/returns/{created.Number}/receipt"));
        var warehouse = await app.WithSystemContextAsync(db => db.Warehouses.Where(w => w.Code == "WH-SH").Select(w => w.Id).SingleAsync());
        var onHand = await OnHandAsync(warehouse, line.Sku);
        var lineId = created.Lines[0].Id;
        var received = await AsAsync(DemoUsers.ManagerEast, (ReturnReceiptService s) =>
            s.ReceiveAsync(created.Id, warehouse, [new ReceivedReturnLine(lineId, quantity, ReturnDisposition.Restock)], "WMS-RCV-77"));
        Assert.True(received.Succeeded, string.Join(", ", received.Problems.Select(p => p.Code)));
        Assert.Equal(onHand + quantity, await OnHandAsync(warehouse, line.Sku));

        // The credit note: what came back at the price frozen on the order line, on the dealer's ledger with a link to the return.
        var credited = (await AsAsync(DemoUsers.Dealer, (ReturnQueryService s) => s.GetAsync(created.Number)))!;
        Assert.Equal(ReturnStatus.Credited, credited.Status);
        Assert.Equal(quantity * line.UnitPrice, credited.CreditAmount);
        var ledger = await AsAsync(DemoUsers.Dealer, (CreditService s) => s.ListLedgerAsync(null, new PageRequest(0, 10), newestFirst: true));
        var note = Assert.Single(ledger.Items, l => l.Number == credited.CreditNoteNumber);
        Assert.Equal((LedgerEntryKind.CreditNote, created.Number, quantity * line.UnitPrice), (note.Kind, note.ReturnNumber, note.Credit));

        page = Text(await app.GetPageAsync(DemoUsers.Dealer, $"/returns/{created.Number}"));
        Assert.Contains(credited.CreditNoteNumber!, page);
        Assert.Contains("WMS-RCV-77", page);
        Assert.DoesNotContain("data-testid=\"cancel-return\"", page);
    }

    [Fact]
    public async Task Another_partners_order_cannot_be_returned_and_another_regions_return_cannot_be_received()
    {
        var (_, number, _, orderNumber) = await app.ShippedReturnAsync();
        var orderId = await app.WithSystemContextAsync(db => db.Orders.Where(o => o.Number == orderNumber).Select(o => o.Id).SingleAsync());

        using var dealer = app.CreatePortalClient();
        await dealer.SignInAsync(DealerP0002);
        Assert.Equal(HttpStatusCode.NotFound, (await dealer.GetAsync($"/orders/{orderId}/return")).StatusCode);
        using var manager = app.CreatePortalClient();
        await manager.SignInAsync(ManagerNorth);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/returns/{number}/receipt")).StatusCode);

        // Their own see them.
        Assert.Contains("data-testid=\"returnable-lines\"", await app.GetPageAsync(DemoUsers.Dealer, $"/orders/{orderId}/return"));
        Assert.Contains("data-testid=\"receipt-lines\"", await app.GetPageAsync(DemoUsers.ManagerEast, $"/returns/{number}/receipt"));
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private Task<int> OnHandAsync(int warehouseId, string sku) => app.WithSystemContextAsync(db =>
        db.StockLevels.Where(s => s.WarehouseId == warehouseId && s.Product!.Sku == sku).Select(s => s.OnHand).SingleOrDefaultAsync());

    /// <summary>Runs a service of the app as <paramref name="email"/> is signed in, through the app's own authentication state.</summary>
    private async Task<T> AsAsync<TService, T>(string email, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>()
            .CreateAsync((await users.FindByEmailAsync(email))!);
        // As the sign-in cookie carries it: the session's start, without which the portal treats the session as ended.
        SessionClaims.Stamp((System.Security.Claims.ClaimsIdentity)principal.Identity!, new AuthenticationProperties(), DateTimeOffset.UtcNow, kept: false);
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
