using PartnerPortal.Infrastructure.Documents;
using PartnerPortal.Infrastructure.Statements;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;
using static PartnerPortal.Infrastructure.Tests.Documents.StatementSamples;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>
/// How documents embed their text: one real CID TrueType font (Type0 over CIDFontType2 with a FontFile2), cut down to the
/// characters the document shows; no Type 3 fonts; and a character the shipped font lacks still prints.
/// </summary>
public sealed class PdfFontEmbeddingTests
{
    [Fact]
    public void A_Chinese_statement_embeds_one_subset_CID_TrueType_font_and_no_Type_3_font()
    {
        var bytes = PdfReading.Render(s => AccountStatementPdf.Write(Account(), ChineseKeys(), s));
        using var pdf = PdfDocument.Open(bytes);
        var scanner = pdf.Structure.TokenScanner;

        var fonts = PdfReading.Fonts(pdf).DistinctBy(f => f.ToString()).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.Equal(NameToken.Type0, font.Get<NameToken>(NameToken.Subtype, scanner));
            var descendant = DirectObjectFinder.Get<DictionaryToken>(font.Get<ArrayToken>(NameToken.DescendantFonts, scanner).Data.Single(), scanner)!;
            Assert.Equal(NameToken.CidFontType2, descendant.Get<NameToken>(NameToken.Subtype, scanner));
            var descriptor = descendant.Get<DictionaryToken>(NameToken.FontDescriptor, scanner);
            var program = DirectObjectFinder.Get<StreamToken>(descriptor.Data[NameToken.FontFile2.Data], scanner)!;
            // The shipped face is 10 MB; the subset holds this page's few hundred glyphs.
            Assert.True(program.Data.Length < 100 * 1024, $"The embedded font program is {program.Data.Length:N0} bytes.");
        });
        // A one-page statement stays small (measured: about 45 KB with the logo).
        Assert.True(bytes.Length < 200 * 1024, $"{bytes.Length:N0} bytes for one page.");

        var lines = PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();
        Assert.Contains("P0001 上海恒通电器贸易有限公司", lines);
        Assert.Contains("2026-01-20 PAY-2026-0001 LedgerEntryKind.Payment 银行转账 ¥8,000.00 ¥7,000.00", lines);
    }

    [Fact]
    public void A_rare_character_in_a_partner_name_prints_and_reads_back()
    {
        // 䶮 (CJK extension A, as in 刘䶮) and 𠀾 are outside GB 2312 and GBK's common set; the shipped font has both.
        var party = Party with { Name = "上海䶮𠀾电器贸易有限公司" };
        var bytes = PdfReading.Render(s => AccountStatementPdf.Write(Account(party: party), ChineseKeys(), s));
        using var pdf = PdfDocument.Open(bytes);

        Assert.Contains("P0001 上海䶮𠀾电器贸易有限公司", PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text));
        Assert.All(PdfReading.Fonts(pdf), f => Assert.Equal(NameToken.Type0, f.Get<NameToken>(NameToken.Subtype, pdf.Structure.TokenScanner)));
    }

    [Fact]
    public void A_character_the_shipped_font_lacks_is_drawn_with_a_host_font_that_has_it()
    {
        Assert.False(PdfAssets.Face.Covers('ễ'));
        var party = Party with { NameEn = "Nguyễn Phát Trading" };
        var bytes = PdfReading.Render(s => AccountStatementPdf.Write(Account(party: party), DocumentText.English(), s));
        using var pdf = PdfDocument.Open(bytes);

        var page = pdf.GetPage(1);
        Assert.Contains("P0001 Nguyễn Phát Trading", PdfReading.Lines(page).Select(l => l.Text));
        var letters = page.Letters.ToList();
        var rare = letters.First(l => l.Value == "ễ");
        var latin = letters.First(l => l.Value == "N");
        Assert.NotEqual(latin.FontName, rare.FontName);
        Assert.True(rare.Width > 0);
    }

    [Fact]
    public void Drawing_with_the_subset_face_gives_the_same_advance_widths_as_the_whole_face()
    {
        const string text = "对账单 Statement ¥1,234.56 （华东）";
        var face = PdfAssets.Face;
        using var subset = face.Subset(text.EnumerateRunes().Select(r => r.Value))!;
        using var whole = new SkiaSharp.SKFont(face.Typeface, 10) { Subpixel = true, LinearMetrics = true };
        using var cut = new SkiaSharp.SKFont(subset, 10) { Subpixel = true, LinearMetrics = true };

        Assert.Equal(whole.MeasureText(text), cut.MeasureText(text), 3);
        Assert.True(subset.ContainsGlyphs(text));
        Assert.False(subset.ContainsGlyph('中'));
        Assert.True(subset.GlyphCount < 30, $"{subset.GlyphCount} glyphs.");
    }
}
