using ClosedXML.Excel;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>
/// What the exported workbooks share: number formats, the header row, the frozen and filtered table, fixed column widths
/// (never AdjustToContents: it needs System.Drawing fonts, which Linux hosts lack) and the typed cell writes.
/// </summary>
internal static class WorkbookStyle
{
    public const string Money = "#,##0.00";
    public const string Units = "#,##0";
    public const string Date = "yyyy-mm-dd";
    public const string DateTime = "yyyy-mm-dd hh:mm";

    /// <summary>Excel's last row; a sheet cannot hold more.</summary>
    public const int MaxRows = 1_048_576;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#E8EEF4");

    /// <summary>
    /// A workbook without ClosedXML's event tracking: nothing here moves cells around, and tracking costs memory and time
    /// on every cell.
    /// </summary>
    public static XLWorkbook NewWorkbook() => new(XLEventTracking.Disabled);

    /// <summary>
    /// Saves the workbook to <paramref name="output"/> as Excel writes its parts: in the default namespace, without the
    /// <c>x:</c> prefix ClosedXML puts on every element (<see cref="WorkbookPackage"/>).
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        saved.Position = 0;
        WorkbookPackage.WriteUnprefixed(saved, output);
    }

    /// <summary>A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim().Trim('\'');
        if (cleaned.Length == 0) cleaned = "Sheet1";
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    /// <summary>Text as text: never parsed into a number, a date or a formula (a reference "=1+1" stays "=1+1").</summary>
    public static void Text(IXLCell cell, string? value)
    {
        if (!string.IsNullOrEmpty(value)) cell.SetValue(value);
    }

    public static void Number(IXLCell cell, decimal value) => cell.SetValue(value);

    public static void Number(IXLCell cell, int value) => cell.SetValue(value);

    public static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } v) cell.SetValue(v);
    }

    /// <summary>A real Excel date; the cell (or its column) carries the <see cref="Date"/> format.</summary>
    public static void Day(IXLCell cell, DateOnly value) => cell.SetValue(value.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// A real Excel date and time in the server's time zone, as the portal's pages show times; Excel has no offsets.
    /// </summary>
    public static void Moment(IXLCell cell, DateTimeOffset value) => cell.SetValue(LocalClock(value));

    public static System.DateTime LocalClock(DateTimeOffset value) => System.DateTime.SpecifyKind(value.ToLocalTime().DateTime, DateTimeKind.Unspecified);

    /// <summary>Brand, document title, then one "label: value" line per entry; returns the next free row.</summary>
    public static int TitleBlock(IXLWorksheet sheet, string brand, string title, params (string Label, Action<IXLCell> Value)[] lines)
    {
        var brandCell = sheet.Cell(1, 1);
        Text(brandCell, brand);
        brandCell.Style.Font.Bold = true;
        brandCell.Style.Font.FontSize = 14;
        var titleCell = sheet.Cell(2, 1);
        Text(titleCell, title);
        titleCell.Style.Font.Bold = true;
        titleCell.Style.Font.FontSize = 12;
        var row = 3;
        foreach (var (label, value) in lines)
        {
            Label(sheet.Cell(row, 1), label);
            value(sheet.Cell(row, 2));
            row++;
        }
        return row;
    }

    public static void Label(IXLCell cell, string label)
    {
        Text(cell, label);
        cell.Style.Font.Bold = true;
    }

    /// <summary>Writes the column headings in one row, bold on a light fill with a line below.</summary>
    public static void HeaderRow(IXLWorksheet sheet, int row, IReadOnlyList<string> headings)
    {
        for (var i = 0; i < headings.Count; i++) Text(sheet.Cell(row, i + 1), headings[i]);
        var range = sheet.Range(row, 1, row, headings.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>
    /// Freezes everything down to the header row and puts the auto-filter on the table (header and data rows; a table
    /// without rows gets a filter on its header alone).
    /// </summary>
    public static void Table(IXLWorksheet sheet, int headerRow, int lastRow, int columns)
    {
        sheet.SheetView.FreezeRows(headerRow);
        sheet.Range(headerRow, 1, Math.Max(headerRow, lastRow), columns).SetAutoFilter();
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }

    /// <summary>Fixed widths in characters, column A first.</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }

    /// <summary>Landscape, as wide as one page, for the statements that get printed.</summary>
    public static void PrintLandscape(IXLWorksheet sheet)
    {
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    /// <summary>One number format on a block of cells (a table column), set once.</summary>
    public static void Format(IXLWorksheet sheet, int firstRow, int lastRow, int column, string format)
    {
        if (lastRow < firstRow) return;
        sheet.Range(firstRow, column, lastRow, column).Style.NumberFormat.Format = format;
    }
}
