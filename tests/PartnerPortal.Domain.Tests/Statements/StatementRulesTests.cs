using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Statements;

namespace PartnerPortal.Domain.Tests.Statements;

public class StatementRulesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_balance_runs_from_the_opening_balance_in_date_and_number_order()
    {
        // Opening 10,000.00; +5,000.00 invoice, −3,000.00 payment, −250.50 credit note, +1,200.25 invoice.
        var lines = StatementRules.RunningBalance(10_000.00m,
        [
            new LedgerMovement(D("2026-10-20"), LedgerEntryKind.Invoice, "INV-202610-00002", "SO-2", 1_200.25m),
            new LedgerMovement(D("2026-10-03"), LedgerEntryKind.Invoice, "INV-202610-00001", "SO-1", 5_000.00m),
            new LedgerMovement(D("2026-10-10"), LedgerEntryKind.Payment, "PAY-202610-00001", "网银", 3_000.00m),
            new LedgerMovement(D("2026-10-10"), LedgerEntryKind.CreditNote, "CN-202610-00001", "RB-0001 v1 2026-Q3", 250.50m),
        ]);

        Assert.Equal(["INV-202610-00001", "CN-202610-00001", "PAY-202610-00001", "INV-202610-00002"], lines.Select(l => l.Number));
        Assert.Equal([5_000.00m, 0m, 0m, 1_200.25m], lines.Select(l => l.Debit));
        Assert.Equal([0m, 250.50m, 3_000.00m, 0m], lines.Select(l => l.Credit));
        Assert.Equal([15_000.00m, 14_749.50m, 11_749.50m, 12_949.75m], lines.Select(l => l.Balance));
    }

    [Fact]
    public void No_movements_leave_no_lines()
    {
        Assert.Empty(StatementRules.RunningBalance(123.45m, []));
    }

    [Fact]
    public void Open_invoices_are_aged_by_days_past_due_on_the_last_day()
    {
        var asOf = D("2026-10-31");
        var ageing = StatementRules.Age(
        [
            new OpenInvoice(D("2026-11-15"), 100m),   // not due yet → current
            new OpenInvoice(D("2026-10-31"), 1m),     // due that day → current
            new OpenInvoice(D("2026-10-30"), 2m),     // 1 day → 1–30
            new OpenInvoice(D("2026-10-01"), 4m),     // 30 days → 1–30
            new OpenInvoice(D("2026-09-30"), 8m),     // 31 days → 31–60
            new OpenInvoice(D("2026-09-01"), 16m),    // 60 days → 31–60
            new OpenInvoice(D("2026-08-31"), 32m),    // 61 days → 61–90
            new OpenInvoice(D("2026-08-02"), 64m),    // 90 days → 61–90
            new OpenInvoice(D("2026-08-01"), 128m),   // 91 days → over 90
            new OpenInvoice(D("2026-01-01"), 0m),     // paid → nowhere
        ], asOf);

        Assert.Equal(new AgeingBuckets(101m, 6m, 24m, 96m, 128m), ageing);
        Assert.Equal(355m, ageing.Total);
    }
}
