using ClosedXML.Excel;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Rebates;
using static PartnerPortal.Infrastructure.Statements.WorkbookStyle;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The rebate workbook's true-up block, under the accruals: one row per true-up (the period and version it corrects, the
/// basis then and now, what was settled, what it comes to now, the difference, the note that posted it and why), then
/// their total. Its columns line up with the accruals' so that the amounts stay in the same columns.
/// </summary>
internal static class RebateStatementTrueUpSheet
{
    private const int DifferenceColumn = 9;

    public static void Write(IXLWorksheet sheet, int row, RebateStatement statement, DocumentText text)
    {
        Label(sheet.Cell(row, 1), text["True-ups of settled periods"]);
        row++;
        var headerRow = row;
        HeaderRow(sheet, headerRow, [
            text["Period"], text["Rebate policy"], text["Version"], text["Field.Basis"], text["Basis settled"], text["Basis now"],
            text["Settled before"], text["Recomputed"], text["Difference"], text["Posted on"], text["Document"], text["True-up"],
            text["Cause"],
        ]);
        foreach (var t in statement.TrueUps)
        {
            row++;
            Text(sheet.Cell(row, 1), t.PeriodLabel);
            Text(sheet.Cell(row, 2), $"{t.Code} {t.Name}");
            Number(sheet.Cell(row, 3), t.VersionNumber);
            Text(sheet.Cell(row, 4), text[$"RebateBasis.{t.Basis}"]);
            var format = t.Basis == RebateBasis.Quantity ? Units : Money;
            Number(sheet.Cell(row, 5), t.BasisBefore);
            sheet.Cell(row, 5).Style.NumberFormat.Format = format;
            Number(sheet.Cell(row, 6), t.BasisNow);
            sheet.Cell(row, 6).Style.NumberFormat.Format = format;
            Number(sheet.Cell(row, 7), t.SettledBefore);
            Number(sheet.Cell(row, 8), t.Recomputed);
            Number(sheet.Cell(row, DifferenceColumn), t.Difference);
            Day(sheet.Cell(row, 10), t.PostedOn);
            Text(sheet.Cell(row, 11), $"{text[t.NoteKind == LedgerEntryKind.DebitNote ? "Debit note" : "Credit note"]} {t.NoteNumber}");
            Text(sheet.Cell(row, 12), TrueUpText.Line(text, t));
            Text(sheet.Cell(row, 13), TrueUpText.Cause(text, t.Cause));
        }
        Format(sheet, headerRow + 1, row, 3, Units);
        Format(sheet, headerRow + 1, row, 7, Money);
        Format(sheet, headerRow + 1, row, 8, Money);
        Format(sheet, headerRow + 1, row, DifferenceColumn, Money);
        Format(sheet, headerRow + 1, row, 10, WorkbookStyle.Date);

        row += 2;
        Label(sheet.Cell(row, 1), text["Total true-ups"]);
        var total = sheet.Cell(row, DifferenceColumn);
        Number(total, statement.TotalTrueUps);
        total.Style.NumberFormat.Format = Money;
        total.Style.Font.Bold = true;
    }
}
