using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Domain.Tests.Ordering;

public class OrderCsvTests
{
    private static OrderCsvResult Parse(string text, int maxRows = 100) => OrderCsv.Parse(new StringReader(text), maxRows);

    [Theory]
    [InlineData("sku,quantity")]
    [InlineData("SKU,Qty")]
    [InlineData("商品编码,数量")]
    [InlineData("SKU编码,订购数量")]
    [InlineData("产品编码,订货数量")]
    [InlineData("物料编码,数量")]                 // once turned into an error on row 1
    [InlineData("商品代码,采购数量")]
    [InlineData("货号,数量")]
    [InlineData("型号,数量")]
    [InlineData("ＳＫＵ，数量")]                   // full-width, as typed with a Chinese input method
    [InlineData("\"物料编码\",\"数量（件）\"")]     // quoted, with a unit
    [InlineData(" Sku ; QUANTITY ")]
    public void A_header_with_a_known_sku_and_quantity_column_is_skipped(string header)
    {
        var result = Parse(header + "\nAC-1001,2\n");

        Assert.True(result.Succeeded);
        Assert.Equal([new OrderCsvRow(2, "AC-1001", "2")], result.Rows);
    }

    [Fact]
    public void The_columns_are_found_by_their_headers_in_any_order_beside_other_columns()
    {
        var result = Parse("名称,数量,单位,物料编码\n1匹空调,4,台,AC-1001\n\"冰箱, 520升\",2,台,REF-2001\n");

        Assert.Equal([new OrderCsvRow(2, "AC-1001", "4"), new OrderCsvRow(3, "REF-2001", "2")], result.Rows);
    }

    [Fact]
    public void Without_a_header_the_sku_is_first_and_the_quantity_second()
    {
        var result = Parse("AC-1001,2\r\n\r\nREF-2001;3\nWASH-3001\t4\nKIT-4001，5\nSMALL-6001\n");

        Assert.Equal(
        [
            new OrderCsvRow(1, "AC-1001", "2"), new OrderCsvRow(3, "REF-2001", "3"), new OrderCsvRow(4, "WASH-3001", "4"),
            new OrderCsvRow(5, "KIT-4001", "5"), new OrderCsvRow(6, "SMALL-6001", ""),
        ], result.Rows);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_cell()
    {
        Assert.Equal([new OrderCsvRow(2, "AC-1001", "2")], Parse("\uFEFFsku,quantity\nAC-1001,2").Rows);
    }

    [Theory]
    [InlineData("编码,件数", true, true)]          // neither column known
    [InlineData("物料编码,件数", false, true)]     // the quantity column is unknown
    [InlineData("名称,数量", true, false)]         // the SKU column is unknown
    public void A_header_without_a_known_column_stops_the_file_and_lists_the_known_headers(string header, bool noSku, bool noQuantity)
    {
        var result = Parse(header + "\nAC-1001,2\n");

        Assert.Empty(result.Rows);
        Assert.Equal(noSku, result.Problems.Any(p => p.Code == ProblemCodes.NoSkuColumn && ((string)p.Args[0]).Contains("物料编码")));
        Assert.Equal(noQuantity, result.Problems.Any(p => p.Code == ProblemCodes.NoQuantityColumn && ((string)p.Args[0]).Contains("订购数量")));
    }

    [Fact]
    public void Typed_lines_read_a_first_line_without_known_headers_as_data()
    {
        var result = OrderCsv.Parse(new StringReader("abc,def\nAC-1001,2"), 100, unknownHeaders: false);

        Assert.Equal([new OrderCsvRow(1, "abc", "def"), new OrderCsvRow(2, "AC-1001", "2")], result.Rows);
    }

    [Fact]
    public void More_rows_than_allowed_stop_the_file_with_the_limit()
    {
        var text = "sku,qty\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"AC-100{i},1\n"));

        Assert.Equal(4, Parse(text, maxRows: 4).Rows.Count);
        var over = Parse(text, maxRows: 3);
        Assert.Empty(over.Rows);
        Assert.Equal([new Problem(ProblemCodes.FileTooManyLines, null, 3).Code], over.Problems.Select(p => p.Code));
        Assert.Equal([3], over.Problems[0].Args);
    }

    [Fact]
    public void A_quoted_cell_keeps_its_separators_and_doubled_quotes()
    {
        Assert.Equal(["AC-1001", "2", "say \"hi\", then go"], OrderCsvLine.Split("\"AC-1001\",2,\"say \"\"hi\"\", then go\""));
    }
}
