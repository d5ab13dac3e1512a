using System.Text;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

public sealed class OrderFileReaderTests
{
    private const string ChineseFile = "物料编码,数量,名称\r\nAC-1001,2,1匹变频空调\r\nREF-2001,１０,对开门冰箱\r\n";

    private static readonly OrderCsvRow[] ChineseRows = [new(2, "AC-1001", "2"), new(3, "REF-2001", "１０")];

    private static Task<OrderCsvResult> ReadAsync(byte[] bytes, long? declared = null) =>
        OrderFileReader.ReadAsync(new MemoryStream(bytes), declared ?? bytes.Length);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "GBK, as Excel saves CSV on a Chinese Windows", TextFileEncoding.Gb18030.GetBytes(ChineseFile) },
        { "UTF-8 with a byte-order mark (Excel's CSV UTF-8)", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ChineseFile)] },
        { "UTF-8 without a byte-order mark", Encoding.UTF8.GetBytes(ChineseFile) },
        { "UTF-16 with a byte-order mark (Excel's Unicode text)", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ChineseFile)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_chinese_header_file_reads_the_same_in_every_encoding(string encoding, byte[] bytes)
    {
        var result = await ReadAsync(bytes);

        Assert.True(result.Succeeded, encoding);
        Assert.Equal(ChineseRows, result.Rows);
    }

    [Fact]
    public async Task A_gbk_file_whose_first_lines_are_ascii_is_still_read_as_gbk()
    {
        var text = string.Concat(Enumerable.Repeat("AC-1001,1,\r\n", 1_500)) + "REF-2001,2,对开门冰箱\r\n";
        var result = await ReadAsync(TextFileEncoding.Gb18030.GetBytes(text));

        Assert.True(result.Succeeded);
        Assert.Equal(1_501, result.Rows.Count);
        Assert.Equal(new OrderCsvRow(1_501, "REF-2001", "2"), result.Rows[^1]);
    }

    public static TheoryData<string, byte[]> NotText() => new()
    {
        { "an .xlsx workbook (a zip)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. Encoding.ASCII.GetBytes("[Content_Types].xml")] },
        { "an old .xls workbook", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00] },
        { "a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { "a JPEG image", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46] },
        { "a PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj") },
        { "bytes with NULs", [0x41, 0x43, 0x00, 0x31, 0x2C, 0x32, 0x0A] },
        { "bytes neither UTF-8 nor GBK", [0x41, 0x2C, 0x80, 0xFF, 0xFE, 0x0A, 0x81, 0x0A] },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task A_binary_file_is_not_a_text_file_and_yields_no_lines(string kind, byte[] bytes)
    {
        var result = await ReadAsync(bytes);

        Assert.True(result.Rows.Count == 0, kind);
        Assert.Equal([ProblemCodes.NotATextFile], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task A_file_announced_over_the_limit_is_refused_without_being_read()
    {
        var stream = new ThrowingStream();

        var result = await OrderFileReader.ReadAsync(stream, OrderFileReader.MaxBytes + 1L);

        Assert.Equal([new Problem(ProblemCodes.OrderFileTooLarge, null, 1, 2_000).Code], result.Problems.Select(p => p.Code));
        Assert.Equal([1, 2_000], result.Problems[0].Args);
    }

    [Fact]
    public async Task A_file_larger_than_announced_is_refused_once_the_limit_is_passed()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("AC-1001,1,padding padding padding padding\n", 30_000)));

        var result = await OrderFileReader.ReadAsync(new MemoryStream(bytes), declaredSize: null);

        Assert.True(bytes.Length > OrderFileReader.MaxBytes);
        Assert.Equal([ProblemCodes.OrderFileTooLarge], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task A_file_of_more_lines_than_allowed_is_refused_naming_the_limit()
    {
        // 100,000 short lines fit in 1 MB: the line limit, not the size, stops them.
        var bytes = Encoding.ASCII.GetBytes("sku,qty\n" + string.Concat(Enumerable.Repeat("A-1,2\n", 100_000)));

        var result = await ReadAsync(bytes);

        Assert.True(bytes.Length < OrderFileReader.MaxBytes);
        Assert.Empty(result.Rows);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.FileTooManyLines, 2_000), (problem.Code, (int)problem.Args[0]));
    }

    [Fact]
    public async Task Exactly_the_most_lines_allowed_are_read()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("A-1,2\n", OrderFileReader.MaxLines)));

        Assert.Equal(OrderFileReader.MaxLines, (await ReadAsync(bytes)).Rows.Count);
    }

    /// <summary>A stream that fails if anything reads it.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Read.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Read.");
    }
}
