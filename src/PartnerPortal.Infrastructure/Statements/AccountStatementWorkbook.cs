using ClosedXML.Excel;
using static PartnerPortal.Infrastructure.Statements.WorkbookStyle;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The account statement as an Excel workbook, with the PDF's content: the title block, the opening balance, every
/// ledger line with its running balance (dates and amounts as typed cells, the header frozen and filtered), then the
/// closing balance, the totals, the ageing and the credit standing.
/// </summary>
public static class AccountStatementWorkbook
{
    private const int Columns = 7;
    private const int DebitColumn = 5;
    private const int CreditColumn = 6;
    private const int BalanceColumn = 7;

    public static void Write(AccountStatement statement, DocumentText text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        using var workbook = NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(text["Statement"]));
        var partner = statement.Partner;

        var row = TitleBlock(sheet, text.BrandName, text["Account statement"],
            (text["Partner"], c => Text(c, $"{partner.Code} {text.Name(partner.Name, partner.NameEn)}")),
            (text["Period"], c => Text(c, $"{text.Date(statement.From)} – {text.Date(statement.To)}")),
            (text["Generated at"], c =>
            {
                Moment(c, statement.GeneratedAt);
                c.Style.NumberFormat.Format = WorkbookStyle.DateTime;
                c.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            }));

        row++;
        AmountLine(sheet, row++, text["Opening balance"], statement.OpeningBalance);

        row++;
        var headerRow = row;
        HeaderRow(sheet, headerRow, [
            text["Date"], text["Document"], text["Type"], text["Reference"], text["Debit"], text["Credit amount"], text["Balance"],
        ]);
        var kinds = new Dictionary<Domain.Credit.LedgerEntryKind, string>();
        foreach (var line in statement.Lines)
        {
            row++;
            if (!kinds.TryGetValue(line.Kind, out var kind)) kinds[line.Kind] = kind = text[$"LedgerEntryKind.{line.Kind}"];
            Day(sheet.Cell(row, 1), line.Date);
            Text(sheet.Cell(row, 2), line.Number);
            Text(sheet.Cell(row, 3), kind);
            Text(sheet.Cell(row, 4), line.Reference);
            Number(sheet.Cell(row, DebitColumn), line.Debit);
            Number(sheet.Cell(row, CreditColumn), line.Credit);
            Number(sheet.Cell(row, BalanceColumn), line.Balance);
        }
        var lastRow = row;
        Format(sheet, headerRow + 1, lastRow, 1, WorkbookStyle.Date);
        for (var column = DebitColumn; column <= BalanceColumn; column++) Format(sheet, headerRow + 1, lastRow, column, Money);
        Table(sheet, headerRow, lastRow, Columns);

        row += 2;
        AmountLine(sheet, row++, text["Closing balance"], statement.ClosingBalance);
        AmountLine(sheet, row++, text["Total debit"], statement.TotalDebit);
        AmountLine(sheet, row++, text["Total credit"], statement.TotalCredit);

        row++;
        Label(sheet.Cell(row++, 1), text["Ageing"]);
        var ageing = statement.Ageing;
        AmountLine(sheet, row++, text["Current"], ageing.Current, bold: false);
        AmountLine(sheet, row++, text["1–30 days"], ageing.Days1To30, bold: false);
        AmountLine(sheet, row++, text["31–60 days"], ageing.Days31To60, bold: false);
        AmountLine(sheet, row++, text["61–90 days"], ageing.Days61To90, bold: false);
        AmountLine(sheet, row++, text["Over 90 days"], ageing.Over90, bold: false);
        AmountLine(sheet, row++, text["Total outstanding"], ageing.Total);

        row++;
        AmountLine(sheet, row++, text["Credit limit"], statement.CreditLimit);
        AmountLine(sheet, row, text["Available credit"], statement.AvailableCredit);

        Widths(sheet, 14, 18, 14, 28, 15, 15, 16);
        PrintLandscape(sheet);
        Save(workbook, output);
    }

    /// <summary>A label in column A and its amount under the balance column.</summary>
    private static void AmountLine(IXLWorksheet sheet, int row, string label, decimal amount, bool bold = true)
    {
        var labelCell = sheet.Cell(row, 1);
        Text(labelCell, label);
        labelCell.Style.Font.Bold = bold;
        var cell = sheet.Cell(row, BalanceColumn);
        Number(cell, amount);
        cell.Style.NumberFormat.Format = Money;
        cell.Style.Font.Bold = bold;
    }
}
