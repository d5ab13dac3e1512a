using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Partners;

public class ScanFileRulesTests
{
    private const long TenMegabytes = 10L * 1024 * 1024;

    // ---- Detect: by the first bytes, whatever the name says --------------------------------

    [Theory]
    [InlineData("25 50 44 46 2D 31 2E 37", ScanFileType.Pdf)]            // %PDF-1.7
    [InlineData("25 50 44 46 2D", ScanFileType.Pdf)]                     // the signature alone
    [InlineData("89 50 4E 47 0D 0A 1A 0A", ScanFileType.Png)]
    [InlineData("FF D8 FF E0 00 10 4A 46", ScanFileType.Jpeg)]           // JFIF
    [InlineData("FF D8 FF E1 12 34 45 78", ScanFileType.Jpeg)]           // Exif, as phones write it
    public void Recognises_pdf_png_and_jpeg_by_their_signature(string hex, ScanFileType expected)
    {
        Assert.Equal(expected, ScanFileRules.Detect(Convert.FromHexString(hex.Replace(" ", ""))));
    }

    [Theory]
    [InlineData("")]                                  // empty
    [InlineData("3C 68 74 6D 6C 3E 3C 73")]           // <html><s
    [InlineData("3C 73 76 67 20 78 6D 6C")]           // <svg xml: an image a browser would run scripts in
    [InlineData("50 4B 03 04 14 00 06 00")]           // a zip (docx, xlsx)
    [InlineData("47 49 46 38 39 61 01 00")]           // GIF89a: an image, but not one the portal keeps
    [InlineData("25 50 44 46")]                       // %PDF without its dash: cut short
    [InlineData("89 50 4E 47 0D 0A 1A")]              // PNG's signature one byte short
    [InlineData("FF D8")]                             // JPEG's start of image without a marker
    [InlineData("20 25 50 44 46 2D 31 2E")]           // a PDF signature that does not start the file
    public void Anything_else_is_not_a_scan(string hex)
    {
        Assert.Null(ScanFileRules.Detect(Convert.FromHexString(hex.Replace(" ", ""))));
    }

    // ---- Check: empty, too large, wrong type, in that order --------------------------------

    [Fact]
    public void A_png_within_the_limit_has_no_problems()
    {
        ProblemAssert.None(ScanFileRules.Check(Convert.FromHexString("89504E470D0A1A0A"), 250_000, TenMegabytes, "Scan"));
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, false)]       // exactly the limit
    [InlineData(10L * 1024 * 1024 + 1, true)]    // one byte over
    public void The_limit_itself_is_allowed_one_byte_more_is_not(long size, bool refused)
    {
        var problems = ScanFileRules.Check("%PDF-"u8, size, TenMegabytes, "Scan");

        if (refused) ProblemAssert.Single(problems, ProblemCodes.ScanTooLarge, "Scan", 10L);
        else ProblemAssert.None(problems);
    }

    [Fact]
    public void An_empty_file_is_named_as_empty_not_as_the_wrong_type()
    {
        ProblemAssert.Single(ScanFileRules.Check([], 0, TenMegabytes, "Scan"), ProblemCodes.ScanEmpty, "Scan");
    }

    [Fact]
    public void Content_that_is_no_scan_is_refused_whatever_its_size()
    {
        ProblemAssert.Single(ScanFileRules.Check("<html>"u8, 6, TenMegabytes, "Scan"), ProblemCodes.ScanWrongType, "Scan");
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, 10L)]
    [InlineData(5L * 1024 * 1024 + 5, 5L)] // whole megabytes, as the messages name them
    public void The_limit_is_named_in_whole_megabytes(long bytes, long megabytes)
    {
        Assert.Equal(megabytes, ScanFileRules.Megabytes(bytes));
    }

    // ---- How each type is served ------------------------------------------------------------

    [Theory]
    [InlineData(ScanFileType.Pdf, "application/pdf", ".pdf", false)]
    [InlineData(ScanFileType.Jpeg, "image/jpeg", ".jpg", true)]
    [InlineData(ScanFileType.Png, "image/png", ".png", true)]
    public void Each_type_has_its_content_type_extension_and_way_of_opening(ScanFileType type, string contentType, string extension, bool opensInBrowser)
    {
        Assert.Equal((contentType, extension, opensInBrowser),
            (ScanFileRules.ContentType(type), ScanFileRules.Extension(type), ScanFileRules.OpensInBrowser(type)));
    }

    // ---- FileName: safe, and with the extension of the real type ----------------------------

    [Theory]
    [InlineData("营业执照2026.pdf", ScanFileType.Pdf, "营业执照2026.pdf")]
    [InlineData("授权书.JPG", ScanFileType.Jpeg, "授权书.jpg")]
    [InlineData("发票.html", ScanFileType.Png, "发票.png")]                                   // the name lied; the content decides
    [InlineData("scan", ScanFileType.Pdf, "scan.pdf")]                                         // no extension
    [InlineData(@"C:\fakepath\licence.png", ScanFileType.Png, "licence.png")]                 // a browser's folder
    [InlineData("../../etc/passwd", ScanFileType.Pdf, "passwd.pdf")]                           // no way out of the name
    [InlineData("a\u202Egpj.exe", ScanFileType.Jpeg, "agpj.jpg")]                              // a right-to-left override is dropped
    [InlineData("line\r\nbreak\0.pdf", ScanFileType.Pdf, "linebreak.pdf")]                     // control characters too
    [InlineData("quote\"semi;colon%25.pdf", ScanFileType.Pdf, "quotesemicolon25.pdf")]         // header and path characters
    [InlineData("  .hidden. .png", ScanFileType.Png, "hidden.png")]                            // leading and trailing dots and spaces
    [InlineData("", ScanFileType.Png, "scan.png")]
    [InlineData(null, ScanFileType.Pdf, "scan.pdf")]
    [InlineData("\u202E\u0000.pdf", ScanFileType.Pdf, "scan.pdf")]                             // nothing left of it
    public void The_file_name_keeps_what_is_safe_and_takes_the_real_extension(string? uploaded, ScanFileType type, string expected)
    {
        Assert.Equal(expected, ScanFileRules.FileName(uploaded, type));
    }

    [Fact]
    public void A_long_name_is_cut_to_120_characters_with_its_extension()
    {
        var name = ScanFileRules.FileName(new string('证', 60) + "😀" + new string('照', 100) + ".pdf", ScanFileType.Pdf);

        // 60 + 2 (the emoji is a surrogate pair) + 54 = 116 characters, and ".pdf".
        Assert.Equal(new string('证', 60) + "😀" + new string('照', 54) + ".pdf", name);
        Assert.Equal(ScanFileRules.FileNameMaxLength, name.Length);
    }

    [Fact]
    public void A_long_name_is_never_cut_inside_a_character()
    {
        // The emoji would take characters 116 and 117 of at most 116: it goes whole.
        var name = ScanFileRules.FileName(new string('证', 115) + "😀" + new string('照', 10) + ".png", ScanFileType.Png);

        Assert.Equal(new string('证', 115) + ".png", name);
    }
}
