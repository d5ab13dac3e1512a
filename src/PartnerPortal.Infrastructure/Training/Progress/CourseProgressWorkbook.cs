using PartnerPortal.Infrastructure.Statements;
using static PartnerPortal.Infrastructure.Statements.WorkbookStyle;

namespace PartnerPortal.Infrastructure.Training.Progress;

/// <summary>
/// A course's progress by partner as an Excel workbook: the title block, one row per partner with the four figures as
/// typed numbers (the header frozen and filtered), then the totals.
/// </summary>
public static class CourseProgressWorkbook
{
    private const int Columns = 7;
    private const int FirstFigureColumn = 4;

    public static void Write(string courseTitle, IReadOnlyList<CourseProgressRow> rows, DocumentText text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(courseTitle);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        using var workbook = NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(text["Training progress"]));
        var row = TitleBlock(sheet, text.BrandName, text["Training progress"], (text["Course"], c => Text(c, courseTitle)));

        row++;
        var headerRow = row;
        HeaderRow(sheet, headerRow, [
            text["Partner code"], text["Partner"], text["Region"], text["Enrolled"], text["In progress"], text["Passed"], text["Failed"],
        ]);
        foreach (var line in rows)
        {
            row++;
            Text(sheet.Cell(row, 1), line.PartnerCode);
            Text(sheet.Cell(row, 2), text.Name(line.PartnerName, line.PartnerNameEn));
            Text(sheet.Cell(row, 3), text.Name(line.RegionName, line.RegionNameEn));
            Figures(sheet, row, line);
        }
        var lastRow = row;
        for (var column = FirstFigureColumn; column <= Columns; column++) Format(sheet, headerRow + 1, lastRow, column, Units);
        Table(sheet, headerRow, lastRow, Columns);

        row += 2;
        Label(sheet.Cell(row, 1), text["Total"]);
        Figures(sheet, row, CourseProgressRow.Total(rows));
        var totals = sheet.Range(row, FirstFigureColumn, row, Columns);
        totals.Style.NumberFormat.Format = Units;
        totals.Style.Font.Bold = true;

        Widths(sheet, 14, 32, 14, 12, 12, 12, 12);
        Save(workbook, output);
    }

    private static void Figures(ClosedXML.Excel.IXLWorksheet sheet, int row, CourseProgressRow line)
    {
        Number(sheet.Cell(row, FirstFigureColumn), line.Enrolled);
        Number(sheet.Cell(row, FirstFigureColumn + 1), line.InProgress);
        Number(sheet.Cell(row, FirstFigureColumn + 2), line.Passed);
        Number(sheet.Cell(row, FirstFigureColumn + 3), line.Failed);
    }
}
