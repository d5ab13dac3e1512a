using System.Runtime.CompilerServices;
using ClosedXML.Excel;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Statements;

/// <summary>
/// The order export, read back with ClosedXML: one row per order line with the order's columns repeated, typed and
/// formatted cells, the header frozen and filtered.
/// </summary>
public sealed class OrderListWorkbookTests
{
    private static readonly DateTimeOffset First = new(2026, 11, 20, 14, 35, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Second = new(2026, 11, 18, 9, 5, 0, TimeSpan.FromHours(8));

    private static readonly LocalName Hengtong = new("上海恒通电器贸易有限公司", "Shanghai Hengtong Electrical Trading Co., Ltd.");

    // SO-2026-000002: 3 × 2,399.00 + 2 × 5,499.00 = 18,195.00; SO-2026-000001: 10 × 499.00 = 4,990.00
    private static readonly OrderExportRow[] Rows =
    [
        new("SO-2026-000002", First, OrderStatus.PartiallyShipped, "P0001", Hengtong, "AC-1P-INV", "1匹变频挂机空调",
            "1 HP inverter air conditioner", 3, 3, 2_399.00m, 7_197.00m, 18_195.00m),
        new("SO-2026-000002", First, OrderStatus.PartiallyShipped, "P0001", Hengtong, "RF-520-FD", "520升法式多门冰箱",
            "520 L French-door refrigerator", 2, 0, 5_499.00m, 10_998.00m, 18_195.00m),
        new("SO-2026-000001", Second, OrderStatus.Completed, "P0002", new LocalName("杭州百联家电销售有限公司", ""), "MW-23L", "23升微波炉", "", 10, 10,
            499.00m, 4_990.00m, 4_990.00m),
    ];

    private static async IAsyncEnumerable<OrderExportRow> Stream(IEnumerable<OrderExportRow> rows,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }

    private static async Task<(XLWorkbook Workbook, MemoryStream File)> WriteAsync(IEnumerable<OrderExportRow> rows, DocumentText text)
    {
        var file = new MemoryStream();
        await OrderListWorkbook.WriteAsync(Stream(rows), text, file, CancellationToken.None);
        file.Position = 0;
        return (new XLWorkbook(file), file);
    }

    [Fact]
    public async Task One_row_per_line_with_the_order_columns_repeated()
    {
        var (workbook, _) = await WriteAsync(Rows, DocumentText.English());
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Orders", sheet.Name);
        Assert.Equal(["Order number", "Submitted", "Status", "Partner code", "Partner name", "SKU", "Product", "Quantity", "Shipped",
            "Unit price", "Line total", "Order total"], Enumerable.Range(1, 12).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());

        for (var i = 0; i < Rows.Length; i++)
        {
            var row = i + 2;
            var line = Rows[i];
            Assert.Equal(line.OrderNumber, sheet.Cell(row, 1).GetString());
            var submitted = sheet.Cell(row, 2);
            Assert.Equal(XLDataType.DateTime, submitted.DataType);
            Assert.Equal("yyyy-mm-dd hh:mm", submitted.Style.NumberFormat.Format);
            Assert.Equal(line.SubmittedAt.ToLocalTime().DateTime, submitted.GetDateTime(), TimeSpan.FromSeconds(1));
            Assert.Equal($"OrderStatus.{line.Status}", sheet.Cell(row, 3).GetString());
            Assert.Equal(line.PartnerCode, sheet.Cell(row, 4).GetString());
            // The partner's name by the same rule as the statements: English where the partner has one, Chinese otherwise.
            Assert.Equal(i < 2 ? "Shanghai Hengtong Electrical Trading Co., Ltd." : "杭州百联家电销售有限公司", sheet.Cell(row, 5).GetString());
            Assert.Equal(line.Sku, sheet.Cell(row, 6).GetString());
            WorkbookReading.AssertNumber(line.Quantity, sheet.Cell(row, 8), "#,##0");
            WorkbookReading.AssertNumber(line.ShippedQuantity, sheet.Cell(row, 9), "#,##0");
            WorkbookReading.AssertMoney(line.UnitPrice, sheet.Cell(row, 10));
            WorkbookReading.AssertMoney(line.LineTotal, sheet.Cell(row, 11));
            WorkbookReading.AssertMoney(line.OrderTotal, sheet.Cell(row, 12));
            foreach (var column in new[] { 1, 3, 4, 5, 6, 7 }) Assert.Equal(XLDataType.Text, sheet.Cell(row, column).DataType);
        }

        // The English name where there is one, the Chinese one otherwise.
        Assert.Equal("1 HP inverter air conditioner", sheet.Cell(2, 7).GetString());
        Assert.Equal("23升微波炉", sheet.Cell(4, 7).GetString());
        // The order's columns repeat on each of its lines.
        foreach (var column in new[] { 1, 2, 3, 4, 5, 12 })
            Assert.Equal(sheet.Cell(2, column).Value, sheet.Cell(3, column).Value);
        Assert.Equal(sheet.Cell(2, 12).GetValue<decimal>(), sheet.Cell(2, 11).GetValue<decimal>() + sheet.Cell(3, 11).GetValue<decimal>());
    }

    [Fact]
    public async Task A_second_reader_gets_the_same_lines_from_parts_written_as_Excel_writes_them()
    {
        var (workbook, file) = await WriteAsync(Rows, DocumentText.English());
        workbook.Dispose();

        SecondWorkbookReader.AssertNoPrefixedElements(file);
        var rows = SecondWorkbookReader.Texts(file);
        Assert.Equal(4, rows.Count);
        Assert.Equal("Order number", rows[0][0]);
        Assert.Equal(Rows.Select(l => new[]
            {
                l.OrderNumber, l.SubmittedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                $"OrderStatus.{l.Status}", l.PartnerCode, DocumentText.English().Name(l.PartnerName), l.Sku, l.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                l.ShippedQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(l.UnitPrice), Number(l.LineTotal), Number(l.OrderTotal),
            }), rows.Skip(1).Select(r => r.Take(6).Concat(r.Skip(7).Take(5)).ToArray()));
    }

    private static string Number(decimal value) => ((double)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Header_is_frozen_the_lines_filtered_and_the_widths_set()
    {
        var (workbook, _) = await WriteAsync(Rows, DocumentText.English());
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:L4", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        WorkbookReading.AssertWidthsSet(sheet, 12);
    }

    [Fact]
    public async Task Chinese_reader_gets_translated_statuses_and_Chinese_names()
    {
        var (workbook, _) = await WriteAsync(Rows, WorkbookReading.Chinese(new()
        {
            ["Orders"] = "订单", ["Order number"] = "订单号", ["OrderStatus.PartiallyShipped"] = "部分发货", ["OrderStatus.Completed"] = "已完成",
        }));
        using var _w = workbook;
        var sheet = workbook.Worksheet("订单");
        Assert.Equal("订单号", sheet.Cell(1, 1).GetString());
        Assert.Equal("部分发货", sheet.Cell(2, 3).GetString());
        Assert.Equal("已完成", sheet.Cell(4, 3).GetString());
        Assert.Equal("上海恒通电器贸易有限公司", sheet.Cell(2, 5).GetString());
        Assert.Equal("1匹变频挂机空调", sheet.Cell(2, 7).GetString());
    }

    [Fact]
    public async Task Text_comes_back_exactly_as_written()
    {
        string[] names = ["A & B <C> \"D\"", "=HYPERLINK(\"http://x\")", " spaced ", "line\nbreak", "bell\u0007", "😀 emoji", "0123"];
        var rows = names.Select((n, i) => Rows[2] with { OrderNumber = $"SO-{i}", ProductName = n, ProductNameEn = "" });
        var (workbook, file) = await WriteAsync(rows, DocumentText.English());
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);
        for (var i = 0; i < names.Length; i++)
        {
            var cell = sheet.Cell(i + 2, 7);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula);
            Assert.Equal(names[i], cell.GetString());
        }
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task Text_that_looks_like_an_Excel_escape_is_protected()
    {
        // Excel reads "_x0041_" in a file as "A"; written as "_x005F_x0041_" it shows "_x0041_" (as ClosedXML writes it;
        // ClosedXML 0.95.4's own reader decodes it wrongly, so the file's XML is checked here).
        var file = new MemoryStream();
        await OrderListWorkbook.WriteAsync(Stream([Rows[2] with { ProductName = "_x0041_ stays" }]), DocumentText.English(), file,
            CancellationToken.None);
        file.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
        Assert.Contains("<t>_x005F_x0041_ stays</t>", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task No_lines_still_make_a_workbook_with_the_header()
    {
        var (workbook, file) = await WriteAsync([], DocumentText.English());
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Order total", sheet.Cell(1, 12).GetString());
        Assert.Equal(1, sheet.LastRowUsed().RowNumber());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task Thousands_of_lines_keep_their_order_and_the_filter_covers_them_all()
    {
        const int count = 5_000;
        var rows = Enumerable.Range(0, count).Select(i => Rows[i % 3] with { OrderNumber = $"SO-{i:D6}", Quantity = i });
        var (workbook, file) = await WriteAsync(rows, DocumentText.English());
        using var _w = workbook;
        var sheet = workbook.Worksheet(1);
        Assert.Equal(count + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal($"A1:L{count + 1}", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("SO-004999", sheet.Cell(count + 1, 1).GetString());
        Assert.Equal(4_999m, sheet.Cell(count + 1, 8).GetValue<decimal>());
        WorkbookReading.AssertValid(file);
    }

    [Fact]
    public async Task Cancelling_stops_the_export()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            OrderListWorkbook.WriteAsync(Stream(Rows), DocumentText.English(), new MemoryStream(), cancel.Token));
    }

    [Fact]
    public async Task The_package_is_valid_Open_XML()
    {
        var (workbook, file) = await WriteAsync(Rows, DocumentText.English());
        workbook.Dispose();
        WorkbookReading.AssertValid(file);
    }
}
