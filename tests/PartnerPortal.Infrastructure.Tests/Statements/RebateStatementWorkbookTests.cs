using ClosedXML.Excel;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Statements;

/// <summary>
/// The rebate statement workbook, read back with ClosedXML: a settled 3 % accrual on ¥250,000.00 (¥7,500.00) and an
/// unsettled ¥20-per-unit accrual on 420 units capped from ¥8,400.00 to ¥5,000.00: ¥12,500.00 accrued, ¥7,500.00
/// settled, ¥5,000.00 not yet settled.
/// </summary>
public sealed class RebateStatementWorkbookTests
{
    private static readonly StatementParty Party = new(7, "P0001", "上海恒通电器贸易有限公司", "", PartnerType.Distributor,
        PartnerTier.Core, "华东", "East China");

    private static readonly DateTimeOffset SettledAt = new(2026, 4, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly RebateStatementRow[] Rows =
    [
        new("RB-AC-2026", 1, "空调季度返利", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.NetAmount,
            RebateRateKind.Percent, 250_000.00m, 2, 3m, 7_500.00m, 7_500.00m, false, null, SettledAt, "CN-2026-0007"),
        new("RB-RF-2026", 2, "冰箱件数返利", "2026 Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), RebateBasis.Quantity,
            RebateRateKind.AmountPerUnit, 420m, 1, 20m, 5_000.00m, 8_400.00m, true, 5_000.00m, null, null),
    ];

    private static RebateStatement Statement(IReadOnlyList<RebateStatementRow> rows) =>
        new(Party, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), rows, new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(8)));

    private static XLWorkbook Write(RebateStatement statement, DocumentText text)
    {
        var stream = new MemoryStream();
        RebateStatementWorkbook.Write(statement, text, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void One_typed_row_per_accrual()
    {
        using var workbook = Write(Statement(Rows), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Rebate statement", sheet.Name);
        // "Period" labels the title block's date range first, then heads the table.
        var header = sheet.Column(1).CellsUsed().Where(c => c.GetString() == "Period").Max(c => c.Address.RowNumber);
        Assert.Equal("Accrued", sheet.Cell(header, 9).GetString());

        var amount = header + 1;
        Assert.Equal("2026 Q1", sheet.Cell(amount, 1).GetString());
        Assert.Equal("RB-AC-2026 空调季度返利", sheet.Cell(amount, 2).GetString());
        WorkbookReading.AssertNumber(1m, sheet.Cell(amount, 3), "#,##0");
        Assert.Equal("RebateBasis.NetAmount", sheet.Cell(amount, 4).GetString());
        WorkbookReading.AssertMoney(250_000.00m, sheet.Cell(amount, 5));
        WorkbookReading.AssertNumber(2m, sheet.Cell(amount, 6), "#,##0");
        WorkbookReading.AssertMoney(3m, sheet.Cell(amount, 7));
        Assert.Equal("%", sheet.Cell(amount, 8).GetString());
        WorkbookReading.AssertMoney(7_500.00m, sheet.Cell(amount, 9));
        Assert.True(sheet.Cell(amount, 10).IsEmpty());
        Assert.Equal("No", sheet.Cell(amount, 11).GetString());
        var settled = sheet.Cell(amount, 12);
        Assert.Equal(XLDataType.DateTime, settled.DataType);
        Assert.Equal("yyyy-mm-dd", settled.Style.NumberFormat.Format);
        Assert.Equal(SettledAt.ToLocalTime().Date, settled.GetDateTime());
        Assert.Equal("CN-2026-0007", sheet.Cell(amount, 13).GetString());

        var units = header + 2;
        WorkbookReading.AssertNumber(2m, sheet.Cell(units, 3), "#,##0");
        Assert.Equal("RebateBasis.Quantity", sheet.Cell(units, 4).GetString());
        WorkbookReading.AssertNumber(420m, sheet.Cell(units, 5), "#,##0");
        WorkbookReading.AssertMoney(20m, sheet.Cell(units, 7));
        Assert.Equal("¥ per unit", sheet.Cell(units, 8).GetString());
        WorkbookReading.AssertMoney(5_000.00m, sheet.Cell(units, 9));
        WorkbookReading.AssertMoney(5_000.00m, sheet.Cell(units, 10));
        Assert.Equal("Yes", sheet.Cell(units, 11).GetString());
        Assert.True(sheet.Cell(units, 12).IsEmpty());
        Assert.True(sheet.Cell(units, 13).IsEmpty());
        Assert.True(sheet.Cell(units + 1, 1).IsEmpty());
    }

    [Fact]
    public void A_second_reader_gets_the_same_accruals_from_parts_written_as_Excel_writes_them()
    {
        using var stream = new MemoryStream();
        RebateStatementWorkbook.Write(Statement(Rows), DocumentText.English(), stream);

        SecondWorkbookReader.AssertNoPrefixedElements(stream);
        Assert.Equal(["2026 Q1", "RB-AC-2026 空调季度返利", "1", "RebateBasis.NetAmount", "250000", "2", "3", "%", "7500", "", "No",
            SettledAt.ToLocalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "CN-2026-0007"],
            SecondWorkbookReader.RowWith(stream, "RB-AC-2026 空调季度返利").Take(13));
        Assert.Equal(["2026 Q1", "RB-RF-2026 冰箱件数返利", "2", "RebateBasis.Quantity", "420", "1", "20", "¥ per unit", "5000", "5000", "Yes", "", ""],
            SecondWorkbookReader.RowWith(stream, "RB-RF-2026 冰箱件数返利").Take(13));
    }

    [Fact]
    public void Totals_frozen_header_filter_and_widths()
    {
        using var workbook = Write(Statement(Rows), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        var header = sheet.Column(1).CellsUsed().Where(c => c.GetString() == "Period").Max(c => c.Address.RowNumber);
        Assert.Equal(12_500.00m, WorkbookReading.AmountOf(sheet, "Total accrued", 9));
        Assert.Equal(7_500.00m, WorkbookReading.AmountOf(sheet, "Total settled", 9));
        Assert.Equal(5_000.00m, WorkbookReading.AmountOf(sheet, "Not yet settled", 9));
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        var filtered = sheet.AutoFilter.Range.RangeAddress;
        Assert.Equal((header, 1, header + 2, 13),
            (filtered.FirstAddress.RowNumber, filtered.FirstAddress.ColumnNumber, filtered.LastAddress.RowNumber, filtered.LastAddress.ColumnNumber));
        WorkbookReading.AssertWidthsSet(sheet, 13);
    }

    [Fact]
    public void Chinese_words_and_names_survive()
    {
        using var workbook = Write(Statement(Rows), WorkbookReading.Chinese(new()
        {
            ["Rebate statement"] = "返利对账单", ["Partner"] = "合作伙伴", ["Yes"] = "是", ["RebateBasis.Quantity"] = "采购数量",
            ["¥ per unit"] = "元/件",
        }));
        var sheet = workbook.Worksheet("返利对账单");
        Assert.Equal("P0001 上海恒通电器贸易有限公司", WorkbookReading.ValueOf(sheet, "合作伙伴").GetString());
        var units = sheet.Column(2).CellsUsed().Single(c => c.GetString() == "RB-RF-2026 冰箱件数返利").Address.RowNumber;
        Assert.Equal("采购数量", sheet.Cell(units, 4).GetString());
        Assert.Equal("元/件", sheet.Cell(units, 8).GetString());
        Assert.Equal("是", sheet.Cell(units, 11).GetString());
    }

    [Fact]
    public void A_statement_without_rows_still_has_its_totals()
    {
        using var workbook = Write(Statement([]), DocumentText.English());
        var sheet = workbook.Worksheet(1);
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Total accrued", 9));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Total settled", 9));
        Assert.Equal(0m, WorkbookReading.AmountOf(sheet, "Not yet settled", 9));
        Assert.True(sheet.AutoFilter.IsEnabled);
    }

    [Fact]
    public void The_package_is_valid_Open_XML()
    {
        var stream = new MemoryStream();
        RebateStatementWorkbook.Write(Statement(Rows), DocumentText.English(), stream);
        WorkbookReading.AssertValid(stream);
    }

    [Fact]
    public void True_ups_have_their_own_block_with_typed_amounts_and_their_cause()
    {
        var statement = Statement(Rows) with { TrueUps = Documents.StatementSamples.TrueUpRows };
        using var workbook = Write(statement, DocumentText.English());
        var sheet = workbook.Worksheet(1);
        var title = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "True-ups of settled periods").Address.RowNumber;
        Assert.Equal("Difference", sheet.Cell(title + 1, 9).GetString());

        var clawBack = title + 2;
        Assert.Equal("2026 Q1", sheet.Cell(clawBack, 1).GetString());
        Assert.Equal("RB-0002 空调单品激励", sheet.Cell(clawBack, 2).GetString());
        WorkbookReading.AssertNumber(1_575m, sheet.Cell(clawBack, 5), "#,##0");
        WorkbookReading.AssertNumber(950m, sheet.Cell(clawBack, 6), "#,##0");
        WorkbookReading.AssertMoney(15_750.00m, sheet.Cell(clawBack, 7));
        WorkbookReading.AssertMoney(0m, sheet.Cell(clawBack, 8));
        WorkbookReading.AssertMoney(-15_750.00m, sheet.Cell(clawBack, 9));
        Assert.Equal(new DateTime(2026, 5, 6), sheet.Cell(clawBack, 10).GetDateTime());
        Assert.Equal("Debit note DN-202605-00003", sheet.Cell(clawBack, 11).GetString());
        Assert.Equal("true-up of 2026 Q1 (v1): \u2212¥15,750.00", sheet.Cell(clawBack, 12).GetString());
        Assert.Equal("because of RMA-202604-00002", sheet.Cell(clawBack, 13).GetString());

        var topUp = title + 3;
        WorkbookReading.AssertMoney(110_000.00m, sheet.Cell(topUp, 6));
        WorkbookReading.AssertMoney(300.00m, sheet.Cell(topUp, 9));
        Assert.Equal("Credit note CN-202605-00009", sheet.Cell(topUp, 11).GetString());
        Assert.Equal("because shipped lines already counted changed after settlement", sheet.Cell(topUp, 13).GetString());

        Assert.Equal("Total true-ups", sheet.Cell(topUp + 2, 1).GetString());
        WorkbookReading.AssertMoney(-15_450.00m, sheet.Cell(topUp + 2, 9));
    }
}
