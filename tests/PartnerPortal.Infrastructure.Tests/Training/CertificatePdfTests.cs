using System.Globalization;
using PartnerPortal.Infrastructure.Documents;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Tests.Documents;
using PartnerPortal.Infrastructure.Training;
using UglyToad.PdfPig;

namespace PartnerPortal.Infrastructure.Tests.Training;

/// <summary>The certificate PDF read back with PdfPig: one A4 page, the holder, the course, the dates, the code and the QR code.</summary>
public sealed class CertificatePdfTests
{
    private const string VerifyUrl = "https://portal.example.com/verify/7KQ2MX9WRT";

    private static readonly CertificateDocument Sample = new("7KQ2MX9WRT", "李娜", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliances",
        "空调安装基础", "Air conditioner installation basics", new DateOnly(2026, 3, 14), new DateOnly(2027, 3, 14));

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["Certificate of completion"] = "结业证书",
        [CertificatePdf.StatementKey] = "兹证明 {0} 已完成 {1} 课程的学习并通过考核",
        ["Certificate code: {0}"] = "证书编号：{0}",
        ["Passed on {0}"] = "通过日期：{0}",
        ["Valid until {0}"] = "有效期至：{0}",
        ["No expiry"] = "长期有效",
    };

    private static DocumentText ChineseText() =>
        new(key => Chinese.GetValueOrDefault(key, key), CultureInfo.GetCultureInfo("zh-CN"), "PartnerPortal");

    private static PdfDocument Open(CertificateDocument doc, DocumentText? text = null) =>
        PdfDocument.Open(PdfReading.Render(s => CertificatePdf.Write(doc, text ?? DocumentText.English(), VerifyUrl, s)));

    private static List<string> Lines(PdfDocument pdf) => PdfReading.Lines(pdf.GetPage(1)).Select(l => l.Text).ToList();

    [Fact]
    public void One_A4_page_names_the_holder_the_course_in_English_the_dates_and_the_code()
    {
        using var pdf = Open(Sample);

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal(595, pdf.GetPage(1).Width, 0.5);
        Assert.Equal(842, pdf.GetPage(1).Height, 0.5);
        var lines = Lines(pdf);
        Assert.Contains("Certificate of completion", lines);
        Assert.Contains("This certifies that", lines);
        Assert.Contains("李娜", lines);
        Assert.Contains("has completed", lines);
        Assert.Contains("Air conditioner installation basics", lines);
        Assert.Contains("Shanghai Hengtong Appliances", lines);
        Assert.Contains("Passed on 2026-03-14", lines);
        Assert.Contains("Valid until 2027-03-14", lines);
        Assert.Contains("Certificate code: 7KQ2MX9WRT", lines);
        Assert.Contains(lines, l => l.Contains(VerifyUrl, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("空调", StringComparison.Ordinal));
        Assert.All(PdfReading.Fonts(pdf), font => Assert.True(PdfReading.IsEmbedded(pdf, font)));
    }

    [Fact]
    public void Chinese_readers_get_the_Chinese_sentence_and_course_title_in_the_translations_order()
    {
        using var pdf = Open(Sample, ChineseText());

        var lines = Lines(pdf);
        Assert.Contains("结业证书", lines);
        var order = new[] { "兹证明", "李娜", "已完成", "空调安装基础", "课程的学习并通过考核" }.Select(l => lines.IndexOf(l)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, string.Join(" | ", lines)));
        Assert.Equal(order.Order(), order);
        Assert.Contains("上海恒通电器贸易有限公司", lines);
        Assert.Contains("通过日期：2026-03-14", lines);
        Assert.Contains("有效期至：2027-03-14", lines);
        Assert.Contains(lines, l => l.Contains("7KQ2MX9WRT", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Air conditioner", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_without_expiry_says_so()
    {
        using var pdf = Open(Sample with { ValidUntil = null });

        var lines = Lines(pdf);
        Assert.Contains("No expiry", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Valid until", StringComparison.Ordinal));
    }

    [Fact]
    public void The_title_is_centred_and_the_largest_text()
    {
        using var pdf = Open(Sample);
        var page = pdf.GetPage(1);

        var title = PdfReading.Lines(page).Single(l => l.Text == "Certificate of completion");
        var middle = (title.Words[0].Left + title.Words[^1].Right) / 2;
        Assert.Equal(page.Width / 2, middle, 1.0);
        var largest = page.Letters.Max(l => l.PointSize);
        Assert.Equal(largest, page.Letters.Where(l => l.Value == "C").Max(l => l.PointSize));
    }

    [Fact]
    public void The_QR_code_is_drawn_as_one_filled_path_with_a_rectangle_per_run_of_dark_modules()
    {
        using var pdf = Open(Sample);
        var page = pdf.GetPage(1);

        var modules = CertificateQrCode.Modules(VerifyUrl);
        var runs = Runs(modules);
        var qr = page.Paths.Where(p => p.IsFilled && !p.IsClipping).OrderByDescending(p => p.Count).First();
        Assert.Equal(runs, qr.Count);
        var box = qr.GetBoundingRectangle()!.Value;
        Assert.Equal(box.Width, box.Height, 0.5);
        // Under the dates, centred; the whole code with its quiet zone is 96 pt.
        Assert.Equal(page.Width / 2, (box.Left + box.Right) / 2, 0.5);
        var size = modules.GetLength(0);
        Assert.Equal(96.0 * size / (size + 2 * CertificateQrCode.QuietZone), box.Width, 0.5);
    }

    private static int Runs(bool[,] modules)
    {
        var runs = 0;
        for (var row = 0; row < modules.GetLength(0); row++)
            for (var column = 0; column < modules.GetLength(1); column++)
                if (modules[row, column] && (column == 0 || !modules[row, column - 1])) runs++;
        return runs;
    }
}
