using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Statements;

/// <summary>
/// The account statement workbook, read back with ClosedXML: figures worked out by hand (opening 10,000.00, two invoices,
/// a payment and a credit note, closing 18,345.17) land in typed, formatted cells.
/// </summary>
public sealed class AccountStatementWorkbookTests
{
    private static readonly StatementParty Party = new(7, "P0001", "上海恒通电器贸易有限公司", "Shanghai Hengtong Electrical Trading",
        PartnerType.Distributor, PartnerTier.Core, "华东", "East China");

    // 10,000.00 + 5,000.00 - 8,000.00 + 12,345.67 - 1,000.50 = 18,345.17
    private static readonly StatementLine[] Lines =
    [
        new(new DateOnly(2026, 1, 5), LedgerEntryKind.Invoice, "INV-2026-0001", "SO-2026-000101", 5_000.00m, 0m, 15_000.00m),
        new(new DateOnly(2026, 1, 20), LedgerEntryKind.Payment, "PAY-2026-0001", "=1+1 银行转账", 0m, 8_000.00m, 7_000.00m),
        new(new DateOnly(2026, 2, 10), LedgerEntryKind.Invoice, "INV-2026-0002", "SO-2026-000142", 12_345.67m, 0m, 19_345.67m),
        new(new DateOnly(2026, 3, 1), LedgerEntryKind.CreditNote, "CN-2026-0001", "RB-2026Q1", 0m, 1_000.50m, 18_345.17m),
    ];

    private static AccountStatement Statement(IReadOnlyList<StatementLine> lines, decimal closing, AgeingBuckets ageing) =>
        new(Party, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), 10_000.00m, lines, closing, ageing, 50_000.00m,
            50_000.00m - closing, new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(8)));

    private static readonly AgeingBuckets Ageing = new(12_345.67m, 0m, 5_999.50m, 0m, 0m);

    private static XLWorkbook Write(AccountStatement statement, DocumentText text)
    {
        var stream = new MemoryStream();
        AccountStatementWorkbook.Write(statement, text, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void Lines_are_typed_dates_and_formatted_numbers_equal_to_the_statement()
    {
        using var workbook = Write(Statement(Lines, 18_345.17m, Ageing), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Statement", sheet.Name);
        var header = WorkbookReading.RowOf(sheet, "Date");
        Assert.Equal(["Date", "Document", "Type", "Reference", "Debit", "Credit amount", "Balance"],
            Enumerable.Range(1, 7).Select(c => sheet.Cell(header, c).GetString()));

        for (var i = 0; i < Lines.Length; i++)
        {
            var row = header + 1 + i;
            var line = Lines[i];
            var date = sheet.Cell(row, 1);
            Assert.Equal(XLDataType.DateTime, date.DataType);
            Assert.Equal(line.Date.ToDateTime(TimeOnly.MinValue), date.GetDateTime());
            Assert.Equal("yyyy-mm-dd", date.Style.NumberFormat.Format);
            Assert.Equal(line.Number, sheet.Cell(row, 2).GetString());
            Assert.Equal($"LedgerEntryKind.{line.Kind}", sheet.Cell(row, 3).GetString());
            WorkbookReading.AssertMoney(line.Debit, sheet.Cell(row, 5));
            WorkbookReading.AssertMoney(line.Credit, sheet.Cell(row, 6));
            WorkbookReading.AssertMoney(line.Balance, sheet.Cell(row, 7));
        }
        Assert.True(sheet.Cell(header + Lines.Length + 1, 1).IsEmpty());

        // A reference that looks like a formula stays text.
        var reference = sheet.Cell(header + 2, 4);
        Assert.Equal(XLDataType.Text, reference.DataType);
        Assert.False(reference.HasFormula);
        Assert.Equal("=1+1 银行转账", reference.GetString());
    }

    [Fact]
    public void A_second_reader_gets_the_same_lines_from_parts_written_as_Excel_writes_them()
    {
        using var stream = new MemoryStream();
        AccountStatementWorkbook.Write(Statement(Lines, 18_345.17m, Ageing), DocumentText.English(), stream);

        SecondWorkbookReader.AssertNoPrefixedElements(stream);
        var rows = SecondWorkbookReader.Texts(stream);
        var header = rows.ToList().FindIndex(r => r.Length > 0 && r[0] == "Date");
        Assert.Equal(["Date", "Document", "Type", "Reference", "Debit", "Credit amount", "Balance"], rows[header].Take(7));
        Assert.Equal(Lines.Select(l => new[]
            {
                l.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Number, $"LedgerEntryKind.{l.Kind}", l.Reference,
                Number(l.Debit), Number(l.Credit), Number(l.Balance),
            }), rows.Skip(header + 1).Take(Lines.Length).Select(r => r.Take(7).ToArray()));
        Assert.Equal(Number(18_345.17m), SecondWorkbookReader.RowWith(stream, "Closing balance")[6]);
    }

    private static string Number(decimal value) => ((double)value).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Title_opening_balance_and_summary_carry_the_statement_figures()
    {
        using var workbook = Write(Statement(Lines, 18_345.17m, Ageing), DocumentText.English("Haier Partner"));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Haier Partner", sheet.Cell(1, 1).GetString());
        Assert.Equal("Account statement", sheet.Cell(2, 1).GetString());
        Assert.Equal("P0001 Shanghai Hengtong Electrical Trading", WorkbookReading.ValueOf(sheet, "Partner").GetString());
        Assert.Equal("2026-01-01 – 2026-03-31", WorkbookReading.ValueOf(sheet, "Period").GetString());
        var generated = WorkbookReading.ValueOf(sheet, "Generated at");
        Assert.Equal(XLDataType.DateTime, generated.DataType);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(8)).ToLocalTime().DateTime, generated.GetDateTime());

        var balance = WorkbookReading.AmountOf(sheet, "Opening balance", 7);
        Assert.Equal(10_000.00m, balance);
        var header = WorkbookReading.RowOf(sheet, "Date");
        var lastRunning = sheet.Cell(header + Lines.Length, 7).GetValue<decimal>();
        var closing = WorkbookReading.AmountOf(sheet, "Closing balance", 7);
        Assert.Equal(18_345.17m, closing);
        Assert.Equal(lastRunning, closing);
        Assert.Equal(17_345.67m, WorkbookReading.AmountOf(sheet, "Total debit", 7));
        Assert.Equal(9_000.50m, WorkbookReading.AmountOf(sheet, "Total credit", 7));
        Assert.True(WorkbookReading.RowOf(sheet, "Ageing") > header);
        Assert.Equal(12_345.67m, WorkbookReading.AmountOf(sheet, "Current", 7));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "1–30 days", 7));
        Assert.Equal(5_999.50m, WorkbookReading.AmountOf(sheet, "31–60 days", 7));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "61–90 days", 7));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Over 90 days", 7));
        Assert.Equal(18_345.17m, WorkbookReading.AmountOf(sheet, "Total outstanding", 7));
        Assert.Equal(50_000.00m, WorkbookReading.AmountOf(sheet, "Credit limit", 7));
        Assert.Equal(31_654.83m, WorkbookReading.AmountOf(sheet, "Available credit", 7));
    }

    [Fact]
    public void Header_is_frozen_the_table_filtered_and_the_widths_set()
    {
        using var workbook = Write(Statement(Lines, 18_345.17m, Ageing), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        var header = WorkbookReading.RowOf(sheet, "Date");
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        var filtered = sheet.AutoFilter.Range.RangeAddress;
        Assert.Equal((header, 1, header + Lines.Length, 7),
            (filtered.FirstAddress.RowNumber, filtered.FirstAddress.ColumnNumber, filtered.LastAddress.RowNumber, filtered.LastAddress.ColumnNumber));
        WorkbookReading.AssertWidthsSet(sheet, 7);
    }

    [Fact]
    public void Chinese_reader_gets_Chinese_words_and_the_Chinese_partner_name()
    {
        using var workbook = Write(Statement(Lines, 18_345.17m, Ageing), WorkbookReading.Chinese(new()
        {
            ["Statement"] = "对账单", ["Partner"] = "合作伙伴", ["Date"] = "日期", ["LedgerEntryKind.Invoice"] = "发票",
            ["Closing balance"] = "期末余额",
        }));
        var sheet = workbook.Worksheet("对账单");
        Assert.Equal("P0001 上海恒通电器贸易有限公司", WorkbookReading.ValueOf(sheet, "合作伙伴").GetString());
        var header = WorkbookReading.RowOf(sheet, "日期");
        Assert.Equal("发票", sheet.Cell(header + 1, 3).GetString());
        Assert.Equal(18_345.17m, WorkbookReading.AmountOf(sheet, "期末余额", 7));
    }

    [Fact]
    public void A_statement_without_lines_is_still_a_workbook_with_its_summary()
    {
        using var workbook = Write(Statement([], 10_000.00m, new AgeingBuckets(10_000.00m, 0, 0, 0, 0)), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        var header = WorkbookReading.RowOf(sheet, "Date");
        Assert.Equal("Balance", sheet.Cell(header, 7).GetString());
        Assert.True(sheet.Cell(header + 1, 1).IsEmpty());
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(10_000.00m, WorkbookReading.AmountOf(sheet, "Opening balance", 7));
        Assert.Equal(10_000.00m, WorkbookReading.AmountOf(sheet, "Closing balance", 7));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Total debit", 7));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Total credit", 7));
        Assert.Equal(40_000.00m, WorkbookReading.AmountOf(sheet, "Available credit", 7));
    }

    [Fact]
    public void The_package_is_valid_Open_XML()
    {
        var stream = new MemoryStream();
        AccountStatementWorkbook.Write(Statement(Lines, 18_345.17m, Ageing), DocumentText.English(), stream);
        WorkbookReading.AssertValid(stream);
    }
}

/// <summary>Reading the exported workbooks back in the tests.</summary>
internal static class WorkbookReading
{
    public static DocumentText Chinese(Dictionary<string, string> words) =>
        new(key => words.GetValueOrDefault(key, key), CultureInfo.GetCultureInfo("zh-CN"), "PartnerPortal");

    /// <summary>The first row whose column A holds the text.</summary>
    public static int RowOf(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().FirstOrDefault(c => c.GetString() == label)?.Address.RowNumber
        ?? throw new Xunit.Sdk.XunitException($"No row labelled \"{label}\".");

    /// <summary>The value beside a label in column A (column B).</summary>
    public static IXLCell ValueOf(IXLWorksheet sheet, string label) => sheet.Cell(RowOf(sheet, label), 2);

    /// <summary>The amount on a labelled row, checked to be a money-formatted number.</summary>
    public static decimal AmountOf(IXLWorksheet sheet, string label, int column)
    {
        var cell = sheet.Cell(RowOf(sheet, label), column);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal("#,##0.00", cell.Style.NumberFormat.Format);
        return cell.GetValue<decimal>();
    }

    public static void AssertMoney(decimal expected, IXLCell cell) => AssertNumber(expected, cell, "#,##0.00");

    public static void AssertNumber(decimal expected, IXLCell cell, string format)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(format, cell.Style.NumberFormat.Format);
        Assert.Equal(expected, cell.GetValue<decimal>());
    }

    /// <summary>Every column of the table has a width the export chose, wider than Excel's default.</summary>
    public static void AssertWidthsSet(IXLWorksheet sheet, int columns)
    {
        for (var column = 1; column <= columns; column++)
            Assert.True(sheet.Column(column).Width >= 9.5, $"Column {column} is {sheet.Column(column).Width} wide.");
    }

    /// <summary>
    /// The Open XML SDK's schema validation finds nothing, a second reader opens the file, and no part has the prefixed
    /// elements some readers cannot read.
    /// </summary>
    public static void AssertValid(Stream package)
    {
        SecondWorkbookReader.AssertNoPrefixedElements(package);
        Assert.NotEmpty(SecondWorkbookReader.Read(package)[0].Rows);
        package.Position = 0;
        using var document = SpreadsheetDocument.Open(package, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
