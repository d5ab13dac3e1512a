using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Domain.Statements;

/// <summary>One ledger entry as the statement lists it.</summary>
public sealed record LedgerMovement(DateOnly Date, LedgerEntryKind Kind, string Number, string Reference, decimal Amount);

/// <summary>A statement row: invoices are debits, payments and credit notes credits; the balance runs on.</summary>
public sealed record StatementLine(DateOnly Date, LedgerEntryKind Kind, string Number, string Reference, decimal Debit, decimal Credit,
    decimal Balance);

/// <summary>What an open invoice still owed on the statement's last day, and when it was due.</summary>
public sealed record OpenInvoice(DateOnly DueDate, decimal OpenAmount);

/// <summary>Open invoices by days past due on the statement's last day.</summary>
public sealed record AgeingBuckets(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    public decimal Total => Current + Days1To30 + Days31To60 + Days61To90 + Over90;
}

/// <summary>The arithmetic of an account statement, so that the PDF, the workbook and the page agree to the cent.</summary>
public static class StatementRules
{
    /// <summary>The rows in date order, then by document number, each with the balance after it.</summary>
    public static IReadOnlyList<StatementLine> RunningBalance(decimal opening, IEnumerable<LedgerMovement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var balance = opening;
        var lines = new List<StatementLine>();
        foreach (var m in movements.OrderBy(m => m.Date).ThenBy(m => m.Number, StringComparer.Ordinal))
        {
            var debit = LedgerEntry.RaisesBalance(m.Kind) ? m.Amount : 0m;
            var credit = LedgerEntry.RaisesBalance(m.Kind) ? 0m : m.Amount;
            balance += debit - credit;
            lines.Add(new StatementLine(m.Date, m.Kind, m.Number, m.Reference, debit, credit, balance));
        }
        return lines;
    }

    /// <summary>
    /// Buckets by days past due on <paramref name="asOf"/>: not yet due (or due that day) is current; 1–30, 31–60,
    /// 61–90 and over 90 days past due follow.
    /// </summary>
    public static AgeingBuckets Age(IEnumerable<OpenInvoice> invoices, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        decimal current = 0, d30 = 0, d60 = 0, d90 = 0, over = 0;
        foreach (var invoice in invoices.Where(i => i.OpenAmount != 0))
        {
            var late = asOf.DayNumber - invoice.DueDate.DayNumber;
            if (late <= 0) current += invoice.OpenAmount;
            else if (late <= 30) d30 += invoice.OpenAmount;
            else if (late <= 60) d60 += invoice.OpenAmount;
            else if (late <= 90) d90 += invoice.OpenAmount;
            else over += invoice.OpenAmount;
        }
        return new AgeingBuckets(current, d30, d60, d90, over);
    }
}
