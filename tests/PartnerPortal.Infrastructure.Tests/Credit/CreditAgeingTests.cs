using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>The credit page's ageing: today's open invoices by days past due, by the statements' rule.</summary>
public sealed class CreditAgeingTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Open_invoices_fall_into_the_buckets_of_the_statement_and_both_agree()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        await using (var db = await database.CreateSystemContextAsync())
        {
            // P0003 has no demo invoices: the ledger is the one below.
            var account = await db.CreditAccounts.SingleAsync(a => a.PartnerId == p3);
            // open amount, days past due (negative: not due yet)
            (decimal Open, int Late)[] invoices = [(1_000.00m, -10), (2_000.00m, 0), (300.50m, 1), (400.00m, 30), (500.00m, 31), (600.00m, 60),
                (700.25m, 61), (800.00m, 90), (900.00m, 91), (50.00m, 400)];
            var n = 0;
            foreach (var (open, late) in invoices)
            {
                var due = Today.AddDays(-late);
                var invoice = new LedgerEntry
                {
                    PartnerId = p3, Kind = LedgerEntryKind.Invoice, Number = $"INV-AGE-{++n:D2}", Date = due.AddDays(-30), DueDate = due,
                    Amount = open, OpenAmount = open, Reference = "TEST", CreatedAt = DateTimeOffset.UtcNow,
                };
                db.LedgerEntries.Add(invoice);
                account.CommitExposure(open);
                account.PostInvoice(invoice);
            }
            // A paid invoice ages nowhere.
            var paid = new LedgerEntry
            {
                PartnerId = p3, Kind = LedgerEntryKind.Invoice, Number = "INV-AGE-PAID", Date = Today.AddDays(-200), DueDate = Today.AddDays(-170),
                Amount = 9_999m, OpenAmount = 0m, Reference = "TEST", CreatedAt = DateTimeOffset.UtcNow,
            };
            var payment = new LedgerEntry
            {
                PartnerId = p3, Kind = LedgerEntryKind.Payment, Number = "PAY-AGE-01", Date = Today.AddDays(-150), Amount = 9_999m,
                Reference = "TEST", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.LedgerEntries.AddRange(paid, payment);
            db.LedgerAllocations.Add(new LedgerAllocation { PaymentEntry = payment, InvoiceEntry = paid, Amount = 9_999m });
            await db.SaveChangesAsync();
        }
        await database.SignInAsync(DemoUsers.Admin);

        var summary = (await database.Get<CreditService>().GetSummaryAsync(p3))!;

        // current 1,000.00 + 2,000.00; 1–30: 300.50 + 400.00; 31–60: 500.00 + 600.00; 61–90: 700.25 + 800.00; over 90: 900.00 + 50.00
        Assert.Equal(new AgeingBuckets(3_000.00m, 700.50m, 1_100.00m, 1_500.25m, 950.00m), summary.Ageing);
        Assert.Equal(7_250.75m, summary.Ageing!.Total);
        // A statement ending today ages the same invoices by the same rule.
        var statement = (await database.Get<StatementService>().GetAccountStatementAsync(p3, Today.AddDays(-500), Today))!;
        Assert.Equal(statement.Ageing, summary.Ageing);
    }

    [Fact]
    public async Task The_dealer_sees_the_ageing_of_its_own_account()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0002);

        var summary = (await database.Get<CreditService>().GetSummaryAsync())!;

        // P0002's two demo invoices (20 and 9 days old, 30 days' terms) are not due yet: 512,000.00 + 256,400.00.
        Assert.Equal(new AgeingBuckets(768_400.00m, 0m, 0m, 0m, 0m), summary.Ageing);
    }
}
