using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo dealer's returns: one in every state, credited through the ledger (the account still adds up), restocked with
/// a stock movement, never more than shipped, and the waiting one with a photo and thumbnail on file.
/// </summary>
public sealed class ReturnSeedingTests
{
    [Fact]
    public async Task The_demo_dealer_has_returns_in_every_state_credited_through_the_ledger()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "6" });
        await using var db = await database.CreateSystemContextAsync();

        var returns = await db.ReturnRequests.Include(r => r.Lines).Include(r => r.Photos).Include(r => r.Events).Include(r => r.CreditNote)
            .Where(r => r.Partner!.Code == "P0001").OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            [ReturnStatus.Requested, ReturnStatus.Approved, ReturnStatus.Rejected, ReturnStatus.Cancelled, ReturnStatus.Received,
                ReturnStatus.Credited, ReturnStatus.Credited],
            returns.Select(r => r.Status));
        Assert.Equal(returns.Count, returns.Select(r => r.OrderId).Distinct().Count());
        Assert.All(returns, r => Assert.Matches(@"^RMA-\d{6}-\d{5}$", r.Number));
        Assert.False(await db.ReturnRequests.AnyAsync(r => r.Partner!.Code != "P0001"));

        // Every step is in the history: opened, then each move, the rejection with its reason.
        Assert.Equal([1, 2, 2, 2, 3, 4, 4], returns.Select(r => r.Events.Count));
        Assert.False(string.IsNullOrWhiteSpace(returns[2].DecisionNote));

        // Received with nothing in it: no credit note. Partly received (1 of 2) and scrapped (1 of 1): credited at the frozen price.
        Assert.Null(returns[4].CreditNote);
        Assert.Equal(0, returns[4].Lines[0].ReceivedQuantity);
        Assert.Equal((2, 1, ReturnDisposition.Restock), (returns[5].Lines[0].Quantity, returns[5].Lines[0].ReceivedQuantity!.Value, returns[5].Lines[0].Disposition!.Value));
        Assert.Equal((1, 1, ReturnDisposition.Scrap), (returns[6].Lines[0].Quantity, returns[6].Lines[0].ReceivedQuantity!.Value, returns[6].Lines[0].Disposition!.Value));
        foreach (var credited in returns.Skip(5))
        {
            var line = credited.Lines[0];
            Assert.Equal(Money.Round(line.UnitPrice), line.CreditAmount);
            Assert.Equal(LedgerEntryKind.CreditNote, credited.CreditNote!.Kind);
            Assert.Equal(line.CreditAmount, credited.CreditNote.Amount);
            Assert.StartsWith(credited.Number + " ", credited.CreditNote.Reference);
        }

        // The ledger adds up: the balance is its entries, and no allocation is more than its invoice.
        var account = await db.CreditAccounts.SingleAsync(a => a.Partner!.Code == "P0001");
        var entries = await db.LedgerEntries.Where(e => e.PartnerId == account.PartnerId).ToListAsync();
        Assert.Equal(entries.Sum(e => e.SignedAmount), account.Balance);
        var allocations = await db.LedgerAllocations.Where(a => a.InvoiceEntry!.PartnerId == account.PartnerId).ToListAsync();
        Assert.Contains(allocations, a => a.PaymentEntryId == returns[5].CreditNoteEntryId);
        Assert.All(allocations.GroupBy(a => a.InvoiceEntryId), g => Assert.True(g.Sum(a => a.Amount) <= entries.Single(e => e.Id == g.Key).Amount));

        // The restocked unit came back on hand with its movement; the scrapped one did not.
        Assert.Single(await db.StockAdjustments.Where(s => s.Reason.StartsWith(returns[5].Number)).ToListAsync());
        Assert.Empty(await db.StockAdjustments.Where(s => s.Reason.StartsWith(returns[6].Number)).ToListAsync());

        // Nothing returned beyond what shipped.
        foreach (var line in await db.ReturnLines.Select(l => new { l.ShipmentLineId, l.ShipmentLine!.Quantity }).Distinct().ToListAsync())
        {
            var held = await db.ReturnLines.Where(l => l.ShipmentLineId == line.ShipmentLineId)
                .Select(l => new ReturnedQuantity(l.ReturnRequest!.Status, l.Quantity, l.ReceivedQuantity)).ToListAsync();
            Assert.True(held.Sum(ReturnRules.Held) <= line.Quantity);
        }

        // The waiting return's photo and thumbnail are on file.
        var photo = Assert.Single(returns[0].Photos);
        var files = database.Services.GetRequiredService<ReturnPhotoFiles>();
        Assert.Equal(returns[0].PartnerId, photo.PartnerId);
        await using (var stored = files.Store.OpenRead(photo.StoredName)) Assert.NotNull(stored);
        await using (var thumbnail = files.Store.OpenRead(photo.ThumbnailStoredName)) Assert.NotNull(thumbnail);
        Assert.All(returns.Skip(1), r => Assert.Empty(r.Photos));
    }
}
