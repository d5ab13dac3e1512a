using ClosedXML.Excel;
using PartnerPortal.Domain.Rebates;
using static PartnerPortal.Infrastructure.Statements.WorkbookStyle;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// The rebate statement as an Excel workbook: one row per policy version and period with the basis achieved, the tier,
/// the rate, the accrual and its settlement (figures as typed cells, the header frozen and filtered), then the totals
/// accrued, settled and not yet settled.
/// </summary>
public static class RebateStatementWorkbook
{
    private const int Columns = 13;
    private const int AccruedColumn = 9;

    public static void Write(RebateStatement statement, DocumentText text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        using var workbook = NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(text["Rebate statement"]));
        var partner = statement.Partner;

        var row = TitleBlock(sheet, text.BrandName, text["Rebate statement"],
            (text["Partner"], c => Text(c, $"{partner.Code} {text.Name(partner.Name, partner.NameEn)}")),
            (text["Period"], c => Text(c, $"{text.Date(statement.From)} – {text.Date(statement.To)}")),
            (text["Generated at"], c =>
            {
                Moment(c, statement.GeneratedAt);
                c.Style.NumberFormat.Format = WorkbookStyle.DateTime;
                c.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            }));

        row++;
        var headerRow = row;
        HeaderRow(sheet, headerRow, [
            text["Period"], text["Rebate policy"], text["Version"], text["Field.Basis"], text["Basis achieved"], text["Tier reached"],
            text["Field.Rate"], text["Rate unit"], text["Accrued"], text["Field.CapPerPeriod"], text["Capped"], text["Settled on"],
            text["Credit note"],
        ]);
        var yes = text["Yes"];
        var no = text["No"];
        var perUnit = text["¥ per unit"];
        foreach (var r in statement.Rows)
        {
            row++;
            Text(sheet.Cell(row, 1), r.PeriodLabel);
            Text(sheet.Cell(row, 2), $"{r.PolicyCode} {r.PolicyName}");
            Number(sheet.Cell(row, 3), r.VersionNumber);
            Text(sheet.Cell(row, 4), text[$"RebateBasis.{r.Basis}"]);
            var achieved = sheet.Cell(row, 5);
            Number(achieved, r.BasisAchieved);
            achieved.Style.NumberFormat.Format = r.Basis == RebateBasis.Quantity ? Units : Money;
            Number(sheet.Cell(row, 6), r.TierReached);
            Number(sheet.Cell(row, 7), r.Rate);
            Text(sheet.Cell(row, 8), r.RateKind == RebateRateKind.Percent ? "%" : perUnit);
            Number(sheet.Cell(row, AccruedColumn), r.Amount);
            Number(sheet.Cell(row, 10), r.CapPerPeriod);
            Text(sheet.Cell(row, 11), r.Capped ? yes : no);
            if (r.SettledAt is { } settled) Day(sheet.Cell(row, 12), DateOnly.FromDateTime(LocalClock(settled)));
            Text(sheet.Cell(row, 13), r.CreditNoteNumber);
        }
        var lastRow = row;
        Format(sheet, headerRow + 1, lastRow, 3, Units);
        Format(sheet, headerRow + 1, lastRow, 6, Units);
        Format(sheet, headerRow + 1, lastRow, 7, Money);
        Format(sheet, headerRow + 1, lastRow, AccruedColumn, Money);
        Format(sheet, headerRow + 1, lastRow, 10, Money);
        Format(sheet, headerRow + 1, lastRow, 12, WorkbookStyle.Date);
        Table(sheet, headerRow, lastRow, Columns);

        row += 2;
        TotalLine(sheet, row++, text["Total accrued"], statement.TotalAccrued);
        TotalLine(sheet, row++, text["Total settled"], statement.TotalSettled);
        TotalLine(sheet, row, text["Not yet settled"], statement.TotalOpen);
        if (statement.TrueUps.Count > 0) RebateStatementTrueUpSheet.Write(sheet, row + 2, statement, text);

        Widths(sheet, 12, 30, 10, 16, 16, 10, 12, 12, 15, 15, 10, 12, 18);
        PrintLandscape(sheet);
        Save(workbook, output);
    }

    /// <summary>A bold label in column A and its amount under the accrued column.</summary>
    private static void TotalLine(IXLWorksheet sheet, int row, string label, decimal amount)
    {
        Label(sheet.Cell(row, 1), label);
        var cell = sheet.Cell(row, AccruedColumn);
        Number(cell, amount);
        cell.Style.NumberFormat.Format = Money;
        cell.Style.Font.Bold = true;
    }
}
