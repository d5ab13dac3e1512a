using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Returns;

/// <summary>
/// P0001 returns goods of an order that shipped 4 × AC-1001 at 2,803.00 and 2 × REF-2001 at 1,583.12 from Shanghai
/// (AC-1001 on hand there after shipping: 195 − 4 = 191).
/// </summary>
public sealed class ReturnFlowTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Request_with_photo_approve_and_receive_restocks_and_credits_at_the_frozen_price()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, fridgeLine) = await ShippedOrderAsync(database);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var before = await CreditAsync(database, "P0001");
        Assert.Equal((191, 0), await StockAsync(database, "AC-1001", "WH-SH"));

        var returnable = await Requests(database, dealer).ReturnableAsync(orderId);
        Assert.Equal([("AC-1001", 4, 4, 2_803.00m), ("REF-2001", 2, 2, 1_583.12m)],
            returnable.OrderBy(l => l.Sku).Select(l => (l.Sku, l.Shipped, l.Returnable, l.UnitPrice)));

        var form = Form(orderId, (acLine, 2), (fridgeLine, 1)) with { Photos = [Photo(Png(1600, 1200))] };
        var requested = await Requests(database, dealer).RequestAsync(form);

        Assert.True(requested.Succeeded, string.Join(", ", requested.Problems.Select(p => p.Code)));
        var rma = await ReturnAsync(database, requested.Value);
        Assert.Matches($"^RMA-{Today:yyyyMM}-\\d{{5}}$", rma.Number);
        Assert.Equal(ReturnStatus.Requested, rma.Status);
        var photo = Assert.Single(rma.Photos);
        Assert.Equal("照片.png", photo.FileName);
        var files = database.Services.GetRequiredService<ReturnPhotoFiles>();
        await using (var thumbnail = files.Store.OpenRead(photo.ThumbnailStoredName)!)
        using (var codec = SkiaSharp.SKCodec.Create(thumbnail))
            Assert.Equal((320, 240), (codec.Info.Width, codec.Info.Height));
        // What is asked for is no longer returnable.
        Assert.Equal([2, 1], (await Requests(database, dealer).ReturnableAsync(orderId)).OrderBy(l => l.Sku).Select(l => l.Returnable));

        Assert.True((await Decisions(database, manager).ApproveAsync(rma.Id)).Succeeded);
        var lines = (await ReturnAsync(database, rma.Id)).Lines;
        var ac = lines.Single(l => l.Sku == "AC-1001");
        var fridge = lines.Single(l => l.Sku == "REF-2001");
        var received = await Receipts(database, manager).ReceiveAsync(rma.Id, await WarehouseIdAsync(database, "WH-SH"),
            [new(ac.Id, 2, ReturnDisposition.Restock), new(fridge.Id, 1, ReturnDisposition.Scrap)]);

        Assert.True(received.Succeeded, string.Join(", ", received.Problems.Select(p => p.Code)));
        var credited = await ReturnAsync(database, rma.Id);
        Assert.Equal(ReturnStatus.Credited, credited.Status);
        Assert.Equal([ReturnStatus.Requested, ReturnStatus.Approved, ReturnStatus.Received, ReturnStatus.Credited], credited.Events.OrderBy(e => e.Id).Select(e => e.To));
        // 2 × 2,803.00 + 1 × 1,583.12 = 7,189.12
        Assert.Equal([5_606.00m, 1_583.12m], credited.Lines.OrderBy(l => l.Sku).Select(l => l.CreditAmount!.Value));
        var note = credited.CreditNote!;
        Assert.Equal((LedgerEntryKind.CreditNote, 7_189.12m), (note.Kind, note.Amount));
        Assert.StartsWith(rma.Number, note.Reference);
        Assert.Equal(before.Balance - 7_189.12m, (await CreditAsync(database, "P0001")).Balance);
        // Restocked: 191 + 2; the scrapped fridge adds nothing (242 after shipping 2 of 244).
        Assert.Equal((193, 0), await StockAsync(database, "AC-1001", "WH-SH"));
        Assert.Equal((242, 0), await StockAsync(database, "REF-2001", "WH-SH"));
        await using var db = await database.CreateSystemContextAsync();
        var movement = await db.StockAdjustments.SingleAsync(a => a.Reason.StartsWith(rma.Number));
        Assert.Equal((2, 193), (movement.Delta, movement.OnHandAfter));
        // The credit note pays off the open invoice of the shipment (oldest due first), so the invoice shows it.
        var allocations = await db.LedgerAllocations.Where(a => a.PaymentEntryId == note.Id).SumAsync(a => a.Amount);
        Assert.Equal(7_189.12m - note.OpenAmount, allocations);
        var events = await db.OutboxEvents.Where(e => e.Type.StartsWith("return.")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([WebhookEvents.ReturnRequested, WebhookEvents.ReturnReceived], events.Select(e => e.Type));
        Assert.Contains(rma.Number, events[0].Payload);
        Assert.Contains(note.Number, events[1].Payload);
        Assert.Contains("\"creditAmount\":7189.12", events[1].Payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partial_receipt_credits_what_came_back_and_the_rest_is_returnable_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var id = await ApprovedReturnAsync(database, orderId, (acLine, 3));
        var line = Assert.Single((await ReturnAsync(database, id)).Lines);

        var over = await Receipts(database, manager).ReceiveAsync(id, await WarehouseIdAsync(database, "WH-SH"), [new(line.Id, 4, ReturnDisposition.Restock)]);
        Assert.Equal((ProblemCodes.ExceedsApproved, "AC-1001"), (Assert.Single(over.Problems).Code, over.Problems[0].Field));

        Assert.True((await Receipts(database, manager).ReceiveAsync(id, await WarehouseIdAsync(database, "WH-SH"), [new(line.Id, 1, ReturnDisposition.Restock)])).Succeeded);

        var rma = await ReturnAsync(database, id);
        Assert.Equal((ReturnStatus.Credited, 2_803.00m), (rma.Status, rma.CreditNote!.Amount));
        // 4 shipped − 1 received: the 2 that never came back may be asked for again.
        Assert.Equal(3, (await Requests(database, dealer).ReturnableAsync(orderId)).Single(l => l.Sku == "AC-1001").Returnable);
    }

    [Fact]
    public async Task Over_returnable_wrong_photo_reject_without_reason_and_late_cancel_are_refused_and_save_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var files = database.Services.GetRequiredService<ReturnPhotoFiles>();

        var pdf = "%PDF-1.7 not a photo"u8.ToArray();
        var refused = await Requests(database, dealer).RequestAsync(Form(orderId, (acLine, 5)) with { Photos = [Photo(pdf, "a.jpg")] });

        Assert.Equal([(ProblemCodes.ExceedsReturnable, "AC-1001"), (ProblemCodes.PhotoWrongType, "Photos")],
            refused.Problems.Select(p => (p.Code, p.Field)).OrderBy(p => p.Code));
        Assert.False(Directory.Exists(files.Store.Folder) && Directory.EnumerateFiles(files.Store.Folder).Any());
        await using (var db = await database.CreateSystemContextAsync()) Assert.False(await db.ReturnRequests.AnyAsync());

        var id = (await Requests(database, dealer).RequestAsync(Form(orderId, (acLine, 1)))).Value;
        var noReason = await Decisions(database, manager).RejectAsync(id, "  ");
        Assert.Equal((ProblemCodes.Required, "Reason"), (Assert.Single(noReason.Problems).Code, noReason.Problems[0].Field));
        Assert.True((await Decisions(database, manager).RejectAsync(id, "Used, not defective")).Succeeded);
        var late = await Requests(database, dealer).CancelAsync(id);
        Assert.Equal(ProblemCodes.WrongReturnStatus, Assert.Single(late.Problems).Code);
        var rejected = await ReturnAsync(database, id);
        Assert.Equal((ReturnStatus.Rejected, "Used, not defective"), (rejected.Status, rejected.DecisionNote));
        // A rejected return holds nothing: all 4 are returnable again; a requested one can be cancelled.
        Assert.Equal(4, (await Requests(database, dealer).ReturnableAsync(orderId)).Single(l => l.Sku == "AC-1001").Returnable);
        var second = (await Requests(database, dealer).RequestAsync(Form(orderId, (acLine, 4)))).Value;
        Assert.True((await Requests(database, dealer).CancelAsync(second)).Succeeded);
        Assert.Equal(ReturnStatus.Cancelled, (await ReturnAsync(database, second)).Status);
    }

    [Fact]
    public async Task Two_receipts_of_the_same_return_at_once_make_one_credit_note()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var id = await ApprovedReturnAsync(database, orderId, (acLine, 2));
        var line = Assert.Single((await ReturnAsync(database, id)).Lines);
        var shanghai = await WarehouseIdAsync(database, "WH-SH");
        var before = await CreditAsync(database, "P0001");
        var callers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CallerAsync(database, DemoUsers.ManagerEast)));

        var outcomes = await Task.WhenAll(callers.Select(c =>
            Task.Run(() => Receipts(database, c).ReceiveAsync(id, shanghai, [new(line.Id, 2, ReturnDisposition.Restock)]))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ProblemCodes.WrongReturnStatus, Assert.Single(o.Problems).Code));
        var rma = await ReturnAsync(database, id);
        await using var db = await database.CreateSystemContextAsync();
        Assert.Single(await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.CreditNote && e.Reference.StartsWith(rma.Number)).ToListAsync());
        Assert.Equal(before.Balance - 5_606.00m, (await CreditAsync(database, "P0001")).Balance);
        Assert.Equal((193, 0), await StockAsync(database, "AC-1001", "WH-SH"));
    }

    [Fact]
    public async Task Warehouse_receipt_is_idempotent_by_its_reference()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, fridgeLine) = await ShippedOrderAsync(database);
        var id = await ApprovedReturnAsync(database, orderId, (acLine, 1));
        var other = await ApprovedReturnAsync(database, orderId, (fridgeLine, 1));
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var number = (await ReturnAsync(database, id)).Number;

        var first = await Receipts(database, manager).ReceiveExternalAsync(number, "wh-sh", [("AC-1001", 1, ReturnDisposition.Restock)], "WMS-77");
        var again = await Receipts(database, manager).ReceiveExternalAsync(number, "WH-SH", [("AC-1001", 1, ReturnDisposition.Restock)], "WMS-77");
        var elsewhere = await Receipts(database, manager).ReceiveExternalAsync((await ReturnAsync(database, other)).Number, "WH-SH",
            [("REF-2001", 1, ReturnDisposition.Scrap)], "WMS-77");
        var unknownSku = await Receipts(database, manager).ReceiveExternalAsync(number, "WH-SH", [("TV-9", 1, ReturnDisposition.Scrap)], "WMS-78");

        Assert.True(first.Succeeded && first.Value!.Created);
        Assert.True(again.Succeeded);
        Assert.False(again.Value!.Created);
        Assert.Equal(ProblemCodes.ReferenceInUse, Assert.Single(elsewhere.Problems).Code);
        Assert.Equal((ProblemCodes.NotFound, "sku"), (Assert.Single(unknownSku.Problems).Code, unknownSku.Problems[0].Field));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.CreditNote && e.Reference.StartsWith(number)));
        Assert.Equal((192, 0), await StockAsync(database, "AC-1001", "WH-SH"));
    }
}
