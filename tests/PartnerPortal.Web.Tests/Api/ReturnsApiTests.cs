using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Tests.Returns;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Api;

/// <summary><c>/api/v1/returns</c> through the real app and database: the change-token feed and the warehouse's receipts, once per reference.</summary>
public sealed class ReturnsApiTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static object Receipt(string reference, int quantity, string disposition = "Restock", string sku = "AC-1001") =>
        new { reference, warehouse = "WH-SH", lines = new[] { new { sku, quantity, disposition } } };

    [Fact]
    public async Task The_feed_lists_an_approved_return_and_a_receipt_restocks_credits_and_moves_it_on_in_the_feed()
    {
        var (_, number, _, _) = await app.ShippedReturnAsync(quantity: 2);
        using var wms = await app.ApiClientAsync("WMS returns", [ApiScopes.ReturnsRead, ApiScopes.ReturnsWrite]);
        var page = await (await wms.GetAsync("/api/v1/returns?after=0&limit=500")).ReadAsync<ApiCursorPage<ApiReturn>>();
        var listed = Assert.Single(page.Items, r => r.Number == number);
        Assert.Equal(("Approved", "P0001", 2, 3_299.00m), (listed.Status, listed.PartnerCode, listed.Lines[0].Quantity, listed.Lines[0].UnitPrice));
        var stock = await app.StockAsync("AC-1001");

        var created = await (await wms.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-1", 2))).ReadAsync<ApiReturn>(HttpStatusCode.Created);
        var retried = await wms.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-1", 2));

        Assert.Equal(("Credited", 6_598.00m, "WMS-R-1", "WH-SH"), (created.Status, created.CreditAmount, created.ReceiptReference, created.Warehouse)); // 2 × 3,299.00
        Assert.Matches("^CN-\\d{6}-\\d{5}$", created.CreditNoteNumber);
        Assert.Equal(created.CreditNoteNumber, (await retried.ReadAsync<ApiReturn>()).CreditNoteNumber);
        Assert.Equal((stock.OnHand + 2, stock.Reserved), await app.StockAsync("AC-1001"));
        Assert.Equal(1, await app.WithSystemContextAsync(db => db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.CreditNote && e.Reference.StartsWith(number))));
        var next = await (await wms.GetAsync($"/api/v1/returns?after={page.NextCursor}")).ReadAsync<ApiCursorPage<ApiReturn>>();
        Assert.Equal("Credited", Assert.Single(next.Items, r => r.Number == number).Status);
        Assert.True(next.NextCursor > listed.Token);
    }

    [Fact]
    public async Task A_receipt_over_the_approved_quantity_is_400_a_second_receipt_409_and_another_regions_key_404()
    {
        var (_, number, _, _) = await app.ShippedReturnAsync(quantity: 1);
        using var wms = await app.ApiClientAsync("WMS returns checks", [ApiScopes.ReturnsRead, ApiScopes.ReturnsWrite]);
        using var north = await app.ApiClientAsync("WMS north", [ApiScopes.ReturnsRead, ApiScopes.ReturnsWrite], "NORTH");
        using var readOnly = await app.ApiClientAsync("WMS read only", [ApiScopes.ReturnsRead]);

        (await (await wms.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-2", 2))).ReadProblemErrorsAsync())
            .AssertHas(null, "AC-1001", ProblemCodes.ExceedsApproved);
        Assert.Equal(HttpStatusCode.NotFound, (await north.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-3", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/api/v1/returns/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-4", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await wms.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-5", 1, "Scrap"))).StatusCode);
        (await (await wms.PostJsonAsync($"/api/v1/returns/{number}/receipts", Receipt("WMS-R-6", 1))).ReadProblemErrorsAsync(HttpStatusCode.Conflict))
            .AssertHas(null, "Return", ProblemCodes.WrongReturnStatus);
    }
}
