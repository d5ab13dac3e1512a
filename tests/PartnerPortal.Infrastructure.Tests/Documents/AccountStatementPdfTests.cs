using System.Text.RegularExpressions;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Documents;
using PartnerPortal.Infrastructure.Statements;
using UglyToad.PdfPig;
using static PartnerPortal.Infrastructure.Tests.Documents.StatementSamples;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>The account statement PDF, read back with PdfPig: text, pages, positions and the embedded font.</summary>
public sealed partial class AccountStatementPdfTests
{
    private static readonly string[] HeaderRow = ["Date", "Document", "Type", "Reference", "Debit", "Credit", "amount", "Balance"];
    private static readonly PdfPageSetup Page = PdfPageSetup.A4;

    private static byte[] Render(AccountStatement statement, DocumentText? text = null) =>
        PdfReading.Render(s => AccountStatementPdf.Write(statement, text ?? DocumentText.English(), s));

    [Fact]
    public void The_Chinese_name_and_the_opening_and_closing_balances_are_in_the_text()
    {
        using var pdf = PdfDocument.Open(Render(Account(), ChineseKeys()));
        var lines = PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();

        Assert.Contains(lines, l => l == "Name 上海恒通电器贸易有限公司");
        Assert.Contains(lines, l => l == "P0001 上海恒通电器贸易有限公司"); // the header
        Assert.Contains(lines, l => l == "Opening balance ¥10,000.00");
        Assert.Contains(lines, l => l == "Closing balance ¥18,345.17");
        Assert.Contains(lines, l => l == "Total debit ¥17,345.67");
        Assert.Contains(lines, l => l == "Total credit ¥9,000.50");
        Assert.Contains(lines, l => l == "2026-01-20 PAY-2026-0001 LedgerEntryKind.Payment 银行转账 ¥8,000.00 ¥7,000.00");
        Assert.Contains(lines, l => l == "Credit limit ¥50,000.00");
        Assert.Contains(lines, l => l == "Available credit ¥31,654.83");
    }

    [Fact]
    public void English_readers_get_the_English_names_and_every_page_of_a_short_statement_says_page_1_of_1()
    {
        using var pdf = PdfDocument.Open(Render(Account()));
        Assert.Equal(1, pdf.NumberOfPages);
        var lines = PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();

        Assert.Contains("P0001 Shanghai Hengtong Electrical Trading", lines);
        Assert.Contains("Region East China", lines);
        Assert.Contains("Generated 2026-04-01 09:30 Page 1 of 1", lines);
        Assert.Equal("Ageing on 2026-03-31", lines.Single(l => l.StartsWith("Ageing", StringComparison.Ordinal)));
        Assert.Contains("¥12,345.67 ¥0.00 ¥5,999.50 ¥0.00 ¥0.00 ¥18,345.17", lines);
    }

    [Fact]
    public void A_long_statement_spans_pages_each_with_the_letterhead_the_table_header_and_page_X_of_N()
    {
        var statement = Account(ManyLines(300));
        using var pdf = PdfDocument.Open(Render(statement));
        var count = pdf.NumberOfPages;
        Assert.InRange(count, 5, 20);

        var documents = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfReading.Lines(page);
            var texts = lines.Select(l => l.Text).ToList();
            Assert.Contains("Account statement", texts);
            Assert.Contains(texts, t => t.EndsWith($"Page {page.Number} of {count}", StringComparison.Ordinal));

            var rows = lines.Where(l => LedgerRow().IsMatch(l.Text)).ToList();
            if (rows.Count == 0) continue;
            var header = lines.SingleOrDefault(l => l.Words.Select(w => w.Text).SequenceEqual(HeaderRow));
            Assert.True(header is not null, $"Page {page.Number} has ledger lines but no header row.");
            Assert.True(rows.All(r => r.Baseline < header.Baseline), $"Page {page.Number}: a ledger line above the header row.");
            documents.AddRange(rows.Select(r => r.Words[1].Text));
        }
        // Every line once, in order, none lost at a page break.
        Assert.Equal(statement.Lines.Select(l => l.Number), documents);
        var last = PdfReading.Lines(pdf.GetPage(count)).Select(l => l.Text).ToList();
        Assert.Contains(last, t => t.EndsWith($"Page {count} of {count}", StringComparison.Ordinal));
        Assert.Contains(PdfReading.Lines(pdf.GetPage(1)), l => l.Text.EndsWith($"Page 1 of {count}", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_names_and_references_wrap_inside_the_margins()
    {
        var longName = string.Concat(Enumerable.Repeat("上海恒通电器贸易有限公司", 8));
        var party = Party with { Name = longName, NameEn = "" };
        var lines = Account().Lines.Select((l, i) => i == 1
            ? l with { Reference = "Bank transfer from the account of " + longName + " reference 2026-01-20-0000000000000000001" }
            : l).ToList();
        var bytes = Render(Account(lines, party), ChineseKeys());
        using var pdf = PdfDocument.Open(bytes);

        foreach (var page in pdf.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.InRange(letter.StartBaseLine.X, Page.MarginLeft - 0.5, Page.Width - Page.MarginRight + 0.5);
                Assert.InRange(letter.EndBaseLine.X, Page.MarginLeft - 0.5, Page.Width - Page.MarginRight + 0.5);
            }
        }
        // The name is all there, over several lines, in the partner block and in the header.
        var text = string.Concat(PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)));
        Assert.True(Regex.Count(text, Regex.Escape(longName)) >= 1, "The wrapped name does not read back whole.");
        Assert.True(PdfReading.Lines(pdf.GetPage(1)).Count(l => l.Text.Contains("上海恒通", StringComparison.Ordinal)) >= 4);
    }

    [Fact]
    public void Amounts_are_right_aligned_under_their_column_header()
    {
        using var pdf = PdfDocument.Open(Render(Account(ManyLines(60))));
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfReading.Lines(page);
            var header = lines.SingleOrDefault(l => l.Words.Select(w => w.Text).SequenceEqual(HeaderRow));
            if (header is null) continue;
            // Right edges of the Debit, Credit amount and Balance headers.
            var edges = new[] { header.Words[4].Right, header.Words[6].Right, header.Words[7].Right };
            var amounts = lines.Where(l => LedgerRow().IsMatch(l.Text)).SelectMany(l => l.Words.Where(w => Money().IsMatch(w.Text))).ToList();
            Assert.True(amounts.Count > 20);
            Assert.True(amounts.Select(a => a.Text.Length).Distinct().Count() >= 4, "The amounts should differ in length.");
            foreach (var amount in amounts)
                Assert.True(edges.Any(e => Math.Abs(e - amount.Right) < 1), $"{amount.Text} ends at {amount.Right:0.00}, under no amount header.");
            // And each column's amounts end within 1 pt of each other.
            foreach (var group in amounts.GroupBy(a => edges.OrderBy(e => Math.Abs(e - a.Right)).First()))
                Assert.True(group.Max(a => a.Right) - group.Min(a => a.Right) < 1);
        }
    }

    [Fact]
    public void An_English_statement_embeds_only_the_glyphs_it_uses()
    {
        var bytes = Render(Account(ManyLines(50)));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        // The font file is 10 MB; the document embeds a face cut down to the glyphs of these two pages (logo included).
        Assert.True(bytes.Length < 48 * 1024, $"{bytes.Length:N0} bytes for two pages.");

        var fonts = PdfReading.Fonts(pdf).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(PdfReading.IsEmbedded(pdf, f), "A font of the PDF is not embedded."));
    }

    [Fact]
    public void A_period_without_movements_says_so()
    {
        using var pdf = PdfDocument.Open(Render(Account([])));
        var lines = PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();
        Assert.Contains("No invoices, payments or credit notes in this period.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Date Document", StringComparison.Ordinal));
        Assert.Contains("Closing balance ¥10,000.00", lines);
    }

    [Fact]
    public void Enum_words_and_labels_come_from_the_translations()
    {
        var words = new Dictionary<string, string>
        {
            ["LedgerEntryKind.Invoice"] = "发票", ["PartnerType.Distributor"] = "分销商", ["Page {0} of {1}"] = "第 {0} 页，共 {1} 页",
        };
        var zh = ChineseKeys();
        var text = new DocumentText(k => words.GetValueOrDefault(k, k), zh.Culture, "PartnerPortal");
        using var pdf = PdfDocument.Open(Render(Account(), text));
        var lines = PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();
        Assert.Contains("Type 分销商", lines);
        Assert.Contains("2026-01-05 INV-2026-0001 发票 SO-2026-000101 ¥5,000.00 ¥15,000.00", lines);
        Assert.Contains(lines, l => l.EndsWith("第 1 页，共 1 页", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^2026-\d\d-\d\d (INV|PAY|CN)-")]
    private static partial Regex LedgerRow();

    [GeneratedRegex(@"^-?¥[\d,]+\.\d\d$")]
    private static partial Regex Money();
}
