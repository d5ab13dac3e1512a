using PartnerPortal.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>The document layer on its own: pages, bands, tables and summaries, read back with PdfPig.</summary>
public sealed class PdfDocumentWriterTests
{
    private static PdfDocument Write(PdfDocumentWriter writer) => PdfDocument.Open(PdfReading.Render(s => writer.Write(s)));

    [Fact]
    public void Pages_are_A4_and_an_empty_document_has_one_page_with_its_header_and_footer()
    {
        var writer = new PdfDocumentWriter
        {
            Header = (band, page) => band.Left("Brand", PdfTextStyle.Brand).Right("Title", PdfTextStyle.Title),
            Footer = (band, page) => band.Right($"{page.Number}/{page.Count}", PdfTextStyle.Small),
        };
        using var pdf = Write(writer);

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0.5);
        Assert.Equal(842, page.Height, 0.5);
        Assert.Equal(["Brand", "Title", "1/1"], PdfReading.Lines(page).Select(l => l.Text));
    }

    [Fact]
    public void A_table_repeats_its_header_on_each_page_and_never_splits_a_row()
    {
        var table = new PdfTable(new PdfColumn("Name", Wrap: true), new PdfColumn("Amount", PdfAlign.Right));
        for (var i = 1; i <= 200; i++) table.AddRow(i % 10 == 0 ? $"Row {i}\nsecond line of row {i}" : $"Row {i}", $"{i * 1.5m:N2}");
        var writer = new PdfDocumentWriter { Footer = (band, page) => band.Left($"Page {page.Number} of {page.Count}", PdfTextStyle.Small) }
            .Heading("Rows").Table(table);
        using var pdf = Write(writer);

        Assert.True(pdf.NumberOfPages >= 3);
        var seen = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfReading.Lines(page).Select(l => l.Text).ToList();
            var header = lines.IndexOf("Name Amount");
            Assert.True(header >= 0, $"No header row on page {page.Number}.");
            var rows = lines.Skip(header + 1).Where(l => l.StartsWith("Row ", StringComparison.Ordinal)).ToList();
            seen.AddRange(rows.Select(r => r.Split(' ')[1]));
            // A two-line row keeps its second line on the same page.
            foreach (var row in rows.Where(r => r.Split(' ')[1].EndsWith('0')))
                Assert.Contains($"second line of row {row.Split(' ')[1]}", lines);
            Assert.Equal($"Page {page.Number} of {pdf.NumberOfPages}", lines[^1]);
        }
        Assert.Equal(Enumerable.Range(1, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), seen);
    }

    [Fact]
    public void A_summary_lines_up_its_amounts_on_the_right_and_its_texts_on_the_left()
    {
        var writer = new PdfDocumentWriter().Summary(new PdfSummary()
            .Add("Partner", "P0001")
            .Amount("Short", "¥1.00")
            .Amount("A much longer label", "¥1,234,567.89")
            .Total("Total", "¥1,234,568.89"));
        using var pdf = Write(writer);
        var lines = PdfReading.Lines(pdf.GetPage(1));

        var values = lines.Select(l => l.Words[^1]).ToList();
        Assert.Equal(["P0001", "¥1.00", "¥1,234,567.89", "¥1,234,568.89"], values.Select(v => v.Text));
        Assert.True(values.Skip(1).Max(v => v.Right) - values.Skip(1).Min(v => v.Right) < 1);
        Assert.Equal(values[0].Left, values[3].Left, 1); // the text value starts where the widest amount (the total) does
    }
}
