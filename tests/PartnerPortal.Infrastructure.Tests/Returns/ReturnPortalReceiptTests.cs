using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Returns;

/// <summary>
/// What the return pages need of the services: a return found by its number within scope with its order's invoices, a
/// receipt entered in the portal with the warehouse's reference (once), the credit preview by the receipt's own rule, and
/// the ledger naming the return a credit note pays for. P0001's order shipped 4 × AC-1001 at 2,803.00 and 2 × REF-2001 at
/// 1,583.12 (invoice 14,378.24).
/// </summary>
public sealed class ReturnPortalReceiptTests
{
    [Theory]
    // received AC-1001 (2,803.00), received REF-2001 (1,583.12) → credit
    [InlineData(2, 1, 7_189.12)]  // 5,606.00 + 1,583.12
    [InlineData(1, 0, 2_803.00)]
    [InlineData(0, 2, 3_166.24)]  // 2 × 1,583.12
    [InlineData(0, 0, 0.00)]
    public void The_preview_credits_what_is_received_at_the_frozen_prices(int ac, int fridge, decimal expected)
    {
        IReadOnlyList<ReturnLineView> lines =
        [
            new(1, 11, "SH-1", "AC-1001", "空调", "AC", 2, 2_803.00m, null, null, null),
            new(2, 12, "SH-1", "REF-2001", "冰箱", "Fridge", 2, 1_583.12m, null, null, null),
        ];
        var credit = ReturnReceiptPreview.Credit(lines, [new(1, ac, ReturnDisposition.Restock), new(2, fridge, ReturnDisposition.Scrap)]);
        Assert.Equal(expected, credit.Total);
        // A line not given counts as nothing received.
        Assert.Equal(ac * 2_803.00m, ReturnReceiptPreview.Credit(lines, [new(1, ac, ReturnDisposition.Restock)]).Total);
    }

    [Fact]
    public async Task A_portal_receipt_with_the_warehouses_reference_credits_once_and_the_ledger_names_the_return()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var id = await ApprovedReturnAsync(database, orderId, (acLine, 2));
        var line = Assert.Single((await ReturnAsync(database, id)).Lines);
        var shanghai = await WarehouseIdAsync(database, "WH-SH");

        var bad = await Receipts(database, manager).ReceiveAsync(id, shanghai, [new(line.Id, 2, ReturnDisposition.Restock)], "WMS\u0001-9");
        Assert.Equal("Reference", Assert.Single(bad.Problems).Field);

        var first = await Receipts(database, manager).ReceiveAsync(id, shanghai, [new(line.Id, 2, ReturnDisposition.Restock)], " WMS-9 ");
        var again = await Receipts(database, manager).ReceiveAsync(id, shanghai, [new(line.Id, 2, ReturnDisposition.Restock)], "WMS-9");
        Assert.True(first.Value!.Created);
        Assert.False(again.Value!.Created);

        var detail = (await Queries(database, dealer).GetAsync(id))!;
        Assert.Equal(("WMS-9", 5_606.00m), (detail.ReceiptReference, detail.CreditAmount));
        await using (var db = await database.CreateSystemContextAsync())
            Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.CreditNote && e.Reference.StartsWith(detail.Number)));

        var ledger = await new CreditService(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), dealer),
            TimeProvider.System).ListLedgerAsync(null, new PageRequest(0, 10), newestFirst: true);
        var note = Assert.Single(ledger.Items, l => l.Number == detail.CreditNoteNumber);
        Assert.Equal(detail.Number, note.ReturnNumber);
        Assert.All(ledger.Items.Where(l => l.Number != detail.CreditNoteNumber), l => Assert.Null(l.ReturnNumber));
    }

    [Fact]
    public async Task A_return_is_found_by_its_number_with_its_orders_invoices_only_within_scope()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var id = await ApprovedReturnAsync(database, orderId, (acLine, 1));
        var number = (await ReturnAsync(database, id)).Number;
        string invoice;
        await using (var db = await database.CreateSystemContextAsync())
            invoice = await db.LedgerEntries.Where(e => e.OrderId == orderId && e.Kind == LedgerEntryKind.Invoice).Select(e => e.Number).SingleAsync();

        var own = await Queries(database, await CallerAsync(database, DemoUsers.DealerP0001)).GetAsync(number.ToLowerInvariant());
        Assert.Equal(id, own!.Id);
        Assert.Equal([invoice], own.InvoiceNumbers);
        Assert.NotNull(await Queries(database, await CallerAsync(database, DemoUsers.ManagerEast)).GetAsync(number));

        Assert.Null(await Queries(database, await CallerAsync(database, DemoUsers.DealerP0002)).GetAsync(number));
        Assert.Null(await Queries(database, await CallerAsync(database, DemoUsers.ManagerNorth)).GetAsync(number));
        Assert.Null(await Queries(database, await CallerAsync(database, DemoUsers.DealerP0001)).GetAsync("RMA-000000-00000"));
    }
}
