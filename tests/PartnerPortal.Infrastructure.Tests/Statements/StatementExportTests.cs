using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Documents;
using PartnerPortal.Infrastructure.Tests.Support;
using UglyToad.PdfPig;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Statements;

/// <summary>A real partner's statement from the seeded ledger, exported both ways: the two files and the ledger agree.</summary>
public sealed class StatementExportTests(StatementDatabase fixture) : IClassFixture<StatementDatabase>
{
    private TestDatabase Database => fixture.Database;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
    private const int BalanceColumn = 7;

    [Fact]
    public async Task The_pdf_and_the_workbook_show_the_ledgers_opening_debits_credits_and_closing_balance()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var from = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-4);
        var statement = (await StatementServiceTests.Statements(Database, dealer).GetAccountStatementAsync(p0001, from, Today))!;
        var text = DocumentText.English();

        await using var db = await Database.CreateSystemContextAsync();
        var ledger = await db.LedgerEntries.Where(e => e.PartnerId == p0001).ToListAsync();
        var opening = ledger.Where(e => e.Date < from).Sum(e => e.SignedAmount);
        var debits = ledger.Where(e => e.Date >= from && e.Kind == LedgerEntryKind.Invoice).Sum(e => e.Amount);
        var credits = ledger.Where(e => e.Date >= from && e.Kind != LedgerEntryKind.Invoice).Sum(e => e.Amount);
        var closing = ledger.Sum(e => e.SignedAmount);
        Assert.Equal(closing, opening + debits - credits);

        var pdf = PdfReading.Render(s => AccountStatementPdf.Write(statement, text, s));
        using (var document = PdfDocument.Open(pdf))
        {
            var lines = document.GetPages().SelectMany(PdfReading.Lines).Select(l => l.Text).ToList();
            Assert.Equal(opening, AmountOn(lines, "Opening balance"));
            Assert.Equal(debits, AmountOn(lines, "Total debit"));
            Assert.Equal(credits, AmountOn(lines, "Total credit"));
            Assert.Equal(closing, AmountOn(lines, "Closing balance"));
            Assert.Contains(lines, l => l.Contains($"Page 1 of {document.NumberOfPages}", StringComparison.Ordinal));
        }

        using var stream = new MemoryStream();
        AccountStatementWorkbook.Write(statement, text, stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        Assert.Equal(opening, WorkbookReading.AmountOf(sheet, "Opening balance", BalanceColumn));
        Assert.Equal(debits, WorkbookReading.AmountOf(sheet, "Total debit", BalanceColumn));
        Assert.Equal(credits, WorkbookReading.AmountOf(sheet, "Total credit", BalanceColumn));
        Assert.Equal(closing, WorkbookReading.AmountOf(sheet, "Closing balance", BalanceColumn));
        // The running balance of the last ledger row closes to the closing balance.
        var numbers = statement.Lines.Select(l => l.Number).ToHashSet();
        var lastRow = sheet.Column(2).CellsUsed().Where(c => numbers.Contains(c.GetString())).Max(c => c.Address.RowNumber);
        Assert.Equal(closing, sheet.Cell(lastRow, BalanceColumn).GetValue<decimal>());
        Assert.Equal(statement.Lines.Count, sheet.Column(2).CellsUsed().Count(c => numbers.Contains(c.GetString())));
    }

    [Fact]
    public async Task The_rebate_statement_pdf_and_workbook_total_what_the_accruals_hold()
    {
        var dealer = await CallerAsync(Database, DemoUsers.DealerP0001);
        var p0001 = await Database.PartnerIdAsync("P0001");
        var statement = (await StatementServiceTests.Statements(Database, dealer).GetRebateStatementAsync(p0001, Today.AddYears(-1), Today))!;
        await using var db = await Database.CreateSystemContextAsync();
        var accrued = await db.RebateAccruals.Where(a => a.PartnerId == p0001).SumAsync(a => a.Amount);
        Assert.True(accrued > 0);

        var pdf = PdfReading.Render(s => RebateStatementPdf.Write(statement, DocumentText.English(), s));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().SelectMany(PdfReading.Lines).Select(l => l.Text));
        Assert.Contains(Money(accrued), text);
        Assert.Contains(Money(statement.TotalSettled), text);
        foreach (var note in statement.Rows.Where(r => r.CreditNoteNumber is not null)) Assert.Contains(note.CreditNoteNumber!, text);

        using var stream = new MemoryStream();
        RebateStatementWorkbook.Write(statement, DocumentText.English(), stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var numbers = workbook.Worksheets.First().CellsUsed().Where(c => c.DataType == XLDataType.Number).Select(c => c.GetValue<decimal>()).ToList();
        Assert.Contains(accrued, numbers);
        Assert.Contains(statement.TotalSettled, numbers);
    }

    private static string Money(decimal amount) => DocumentText.English().Money(amount);

    /// <summary>The amount at the end of the line that starts with the label, e.g. "Closing balance ¥1,234.50".</summary>
    private static decimal AmountOn(IEnumerable<string> lines, string label)
    {
        var line = lines.First(l => l.StartsWith(label, StringComparison.Ordinal));
        var amount = line[(line.LastIndexOf('¥') - (line[line.LastIndexOf('¥') - 1] == '-' ? 1 : 0))..];
        return decimal.Parse(amount.Replace("¥", "", StringComparison.Ordinal), NumberStyles.Currency, CultureInfo.InvariantCulture);
    }
}
