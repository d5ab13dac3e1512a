using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class OrderHistorySeedingTests
{
    [Fact]
    public async Task The_demo_history_is_completed_invoiced_and_paid_and_leaves_the_balances_as_set_up()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "6" });
        await using var db = await database.CreateSystemContextAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var orders = await db.Orders.Include(o => o.Lines).ToListAsync();
        // 2 a month (3 for distributors) over the 6 months, by pattern in code order (growing, steady, declining, irregular,
        // steady, quiet, growing, …): steady and growing 12 (18), declining 1+1+1+3+3+3 = 12 (1+1+1+4+4+4 = 15),
        // irregular every other month 6, quiet not in the last two months 8 (12).
        // P0001 G 18, P0002 S 12, P0003 D 12, P0004 I 6, P0005 S 18, P0006 Q 8, P0007 G 12, P0008 G 12, P0009 S 18,
        // P0010 D 12, P0011 I 6, P0012 S 18, P0013 Q 8, P0014 G 12.
        Assert.Equal(172, orders.Count);
        var since = new DateTimeOffset(new DateTime(today.Year, today.Month, 1).AddMonths(-2));
        Assert.Equal(["P0006", "P0013"], await db.Partners.Where(p => !db.Orders.Any(o => o.PartnerId == p.Id && o.SubmittedAt >= since))
            .OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Completed, o.Status));
        Assert.All(orders, o => Assert.Equal(o.Lines.Sum(l => l.LineTotal), o.Total));
        Assert.All(orders, o => Assert.True(DateOnly.FromDateTime(o.SubmittedAt.LocalDateTime) < today));

        var invoices = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Invoice && e.OrderId != null).ToListAsync();
        Assert.Equal(orders.Count, invoices.Count);
        Assert.All(invoices, i => Assert.Equal(0m, i.OpenAmount));
        Assert.Equal(orders.Count, await db.Shipments.CountAsync());
        // One payment per order; the demo returns' credit notes (ReturnSeedingTests) are allocated besides.
        Assert.Equal(orders.Count, await db.LedgerAllocations.CountAsync(a => a.PaymentEntry!.Kind == LedgerEntryKind.Payment));

        // Paid in full: each balance is still the open invoices of credit.json (P0002: 512,000 + 256,400).
        var p0002 = await db.CreditAccounts.SingleAsync(a => a.Partner!.Code == "P0002");
        var ledger = await db.LedgerEntries.Where(e => e.PartnerId == p0002.PartnerId).ToListAsync();
        Assert.Equal(768_400.00m, p0002.Balance);
        Assert.Equal(p0002.Balance, ledger.Sum(e => e.SignedAmount));
        Assert.Equal(await db.LedgerEntries.CountAsync(), await db.LedgerEntries.Select(e => e.Number).Distinct().CountAsync());
    }

    [Fact]
    public async Task Within_a_month_invoice_payment_and_shipment_numbers_follow_their_dates()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Seed:DemoOrderHistoryMonths"] = "6" });
        await using var db = await database.CreateSystemContextAsync();
        var entries = await db.LedgerEntries.Select(e => new { e.Number, e.Date }).ToListAsync();
        var shipments = await db.Shipments.Select(s => new { s.Number, Date = s.ShippedOn }).ToListAsync();
        var documents = entries.Concat(shipments).ToList();
        Assert.Contains(documents, d => d.Number.StartsWith("INV-", StringComparison.Ordinal));

        foreach (var month in documents.GroupBy(d => d.Number[..d.Number.LastIndexOf('-')]))
        {
            // INV-202603-00001, -00002, … : the month is the date's, the numbers run from 1 without a gap, and no number is
            // dated before the one ahead of it.
            var inOrder = month.OrderBy(d => d.Number, StringComparer.Ordinal).ToList();
            Assert.All(inOrder, d => Assert.Equal(month.Key[(month.Key.IndexOf('-') + 1)..], d.Date.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(Enumerable.Range(1, inOrder.Count).Select(n => $"{month.Key}-{n:D5}"), inOrder.Select(d => d.Number));
            for (var i = 1; i < inOrder.Count; i++)
                Assert.True(inOrder[i - 1].Date <= inOrder[i].Date, $"{inOrder[i].Number} is dated {inOrder[i].Date}, before {inOrder[i - 1].Number} of {inOrder[i - 1].Date}.");
        }
    }
}
