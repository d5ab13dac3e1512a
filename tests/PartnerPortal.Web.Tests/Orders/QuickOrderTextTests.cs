using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Web.Components.Orders;

namespace PartnerPortal.Web.Tests.Orders;

public sealed class QuickOrderTextTests
{
    [Fact]
    public void Reads_spaces_commas_and_tabs_keeping_the_typed_line_numbers()
    {
        var rows = QuickOrderText.Parse("AC-1001 2\r\n\r\n  REF-2001,  4\nWASH-3001\t6\nKIT-4001　8\nSMALL-6001   10 ").Rows;

        Assert.Equal(
        [
            new OrderCsvRow(1, "AC-1001", "2"),
            new OrderCsvRow(3, "REF-2001", "4"),
            new OrderCsvRow(4, "WASH-3001", "6"),
            new OrderCsvRow(5, "KIT-4001", "8"),
            new OrderCsvRow(6, "SMALL-6001", "10"),
        ], rows);
    }

    [Fact]
    public void Skips_a_header_and_a_byte_order_mark()
    {
        var rows = QuickOrderText.Parse("\uFEFFsku,quantity\nAC-1001,2\n").Rows;

        Assert.Equal([new OrderCsvRow(2, "AC-1001", "2")], rows);
    }

    [Fact]
    public void A_line_without_a_quantity_keeps_it_empty_for_the_check()
    {
        var rows = QuickOrderText.Parse("AC-1001").Rows;

        Assert.Equal([new OrderCsvRow(1, "AC-1001", "")], rows);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n \r\n")]
    public void Nothing_typed_is_no_rows(string? text)
    {
        Assert.Empty(QuickOrderText.Parse(text).Rows);
    }

    [Fact]
    public void Full_width_lines_from_a_chinese_input_method_are_split_like_ascii_ones()
    {
        var rows = QuickOrderText.Parse("ＡＣ－１００１　２\nREF-2001，３").Rows;

        Assert.Equal([new OrderCsvRow(1, "ＡＣ－１００１", "２"), new OrderCsvRow(2, "REF-2001", "３")], rows);
    }

    [Fact]
    public void Typed_lines_beyond_the_file_limit_are_refused_as_a_whole()
    {
        var result = QuickOrderText.Parse(string.Concat(Enumerable.Repeat("A-1 2\n", 2_001)));

        Assert.Empty(result.Rows);
        Assert.Equal([PartnerPortal.Domain.Common.ProblemCodes.FileTooManyLines], result.Problems.Select(p => p.Code));
    }
}
