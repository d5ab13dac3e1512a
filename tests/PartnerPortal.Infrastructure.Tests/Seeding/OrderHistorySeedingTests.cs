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
        Assert.Equal(14 * 6 * 2 + 4 * 6, orders.Count); // 2 a month for 14 partners, 1 more for the 4 distributors
        Assert.All(orders, o => Assert.Equal(OrderStatus.Completed, o.Status));
        Assert.All(orders, o => Assert.Equal(o.Lines.Sum(l => l.LineTotal), o.Total));
        Assert.All(orders, o => Assert.True(DateOnly.FromDateTime(o.SubmittedAt.LocalDateTime) < today));

        var invoices = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Invoice && e.OrderId != null).ToListAsync();
        Assert.Equal(orders.Count, invoices.Count);
        Assert.All(invoices, i => Assert.Equal(0m, i.OpenAmount));
        Assert.Equal(orders.Count, await db.Shipments.CountAsync());
        Assert.Equal(orders.Count, await db.LedgerAllocations.CountAsync());

        // Paid in full: each balance is still the open invoices of credit.json (P0002: 512,000 + 256,400).
        var p0002 = await db.CreditAccounts.SingleAsync(a => a.Partner!.Code == "P0002");
        var ledger = await db.LedgerEntries.Where(e => e.PartnerId == p0002.PartnerId).ToListAsync();
        Assert.Equal(768_400.00m, p0002.Balance);
        Assert.Equal(p0002.Balance, ledger.Sum(e => e.SignedAmount));
        Assert.Equal(await db.LedgerEntries.CountAsync(), await db.LedgerEntries.Select(e => e.Number).Distinct().CountAsync());
    }
}
