using System.Text.RegularExpressions;
using PartnerPortal.Infrastructure.Documents;
using PartnerPortal.Infrastructure.Statements;
using SkiaSharp;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// A course certificate as a one-page A4 PDF: inside a double frame, the logo and the brand at the top, a large title,
/// "This certifies that {holder} has completed {course}" with the holder and the course set large, the holder's partner,
/// the day passed and how long it is valid, and at the foot the verification code with a QR code of the page that checks it.
/// The course title is in the reader's language; the holder's name as it is stored.
/// </summary>
public static partial class CertificatePdf
{
    /// <summary>The sentence around the holder ({0}) and the course ({1}); each set large on its own line.</summary>
    public const string StatementKey = "This certifies that {0} has completed {1}";

    private const float QrSize = 96;

    private static readonly PdfPageSetup Setup = PdfPageSetup.A4 with { MarginLeft = 68, MarginTop = 64, MarginRight = 68, MarginBottom = 58 };
    private static readonly PdfTextStyle Title = new(30f, PdfColors.Primary);
    private static readonly PdfTextStyle Lead = new(12.5f, PdfColors.Muted);
    private static readonly PdfTextStyle Holder = new(26f, PdfColors.Text);
    private static readonly PdfTextStyle Course = new(19f, PdfColors.Primary);
    private static readonly PdfTextStyle Partner = new(11f, PdfColors.Muted);
    private static readonly PdfTextStyle Dates = new(11.5f, PdfColors.Text);
    private static readonly PdfTextStyle CodeStyle = new(10.5f, PdfColors.Text);

    /// <summary>Writes the PDF to <paramref name="output"/> with synchronous writes (buffer it for an HTTP response).</summary>
    /// <param name="verifyUrl">The absolute address of the certificate's verification page, which the QR code holds.</param>
    public static void Write(CertificateDocument doc, DocumentText text, string verifyUrl, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(verifyUrl);
        ArgumentNullException.ThrowIfNull(output);

        var title = text["Certificate of completion"];
        var course = text.Name(doc.CourseTitle, doc.CourseTitleEn);
        var qr = CertificateQrCode.Modules(verifyUrl);
        var writer = new PdfDocumentWriter
        {
            Page = Setup,
            Title = $"{title} {doc.Code}",
            Background = (canvas, _) => Frame(canvas),
            Header = (band, _) => band.Image(PdfAssets.Logo, 34).Left(text.BrandName, PdfTextStyle.Brand)
                .Right(text.Format("Certificate code: {0}", doc.Code), PdfTextStyle.Muted).Rule(PdfColors.Primary),
            Footer = (band, _) => band.Left(text.Format("Check this certificate at {0}", verifyUrl), PdfTextStyle.Small).Rule(PdfColors.Rule),
        };

        // Space at the top of a page is dropped; an empty box is not, and sets the title off from the letterhead.
        writer.Drawing(1, 28, static (_, _) => { }).Paragraph(title, Title, PdfAlign.Center)
            .Drawing(120, 14, static (canvas, box) => Flourish(canvas, box), PdfAlign.Center)
            .Space(36);

        // The translated sentence split at its placeholders: its words small, the holder and the course large, in the
        // translation's own order ("兹证明 {0} 已完成 {1} 课程的学习并通过考核").
        foreach (var part in Parts(text[StatementKey]))
        {
            switch (part)
            {
                case "{0}":
                    writer.Paragraph(doc.HolderName, Holder, PdfAlign.Center);
                    var partner = text.Name(doc.PartnerName, doc.PartnerNameEn);
                    if (!string.IsNullOrWhiteSpace(partner)) writer.Paragraph(partner, Partner, PdfAlign.Center);
                    writer.Space(10);
                    break;
                case "{1}":
                    writer.Paragraph(course, Course, PdfAlign.Center).Space(10);
                    break;
                default:
                    if (!string.IsNullOrWhiteSpace(part)) writer.Paragraph(part.Trim(), Lead, PdfAlign.Center).Space(10);
                    break;
            }
        }

        writer.Space(34)
            .Paragraph(text.Format("Passed on {0}", text.Date(doc.PassedOn)), Dates, PdfAlign.Center)
            .Paragraph(doc.ValidUntil is { } until ? text.Format("Valid until {0}", text.Date(until)) : text["No expiry"], Dates, PdfAlign.Center)
            .Space(40)
            .Drawing(QrSize, QrSize, (canvas, box) => CertificateQrCode.Draw(canvas, box, qr, PdfColors.Text), PdfAlign.Center)
            .Paragraph(text.Format("Certificate code: {0}", doc.Code), CodeStyle, PdfAlign.Center)
            .Paragraph(text["Scan the code to check that this certificate is genuine and valid."], PdfTextStyle.Small, PdfAlign.Center);

        writer.Write(output);
    }

    /// <summary>The text between the placeholders {0} and {1}, and the placeholders themselves, in order.</summary>
    internal static IReadOnlyList<string> Parts(string format) =>
        Placeholder().Split(format ?? "").Where(p => p.Length > 0).ToList();

    /// <summary>Two frames in the primary colour: a strong outer one and a hairline inside it.</summary>
    private static void Frame(SKCanvas canvas)
    {
        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, Color = PdfColors.Primary, IsAntialias = true, StrokeWidth = 2.5f };
        canvas.DrawRect(SKRect.Create(24, 24, Setup.Width - 48, Setup.Height - 48), paint);
        paint.StrokeWidth = 0.75f;
        canvas.DrawRect(SKRect.Create(31, 31, Setup.Width - 62, Setup.Height - 62), paint);
    }

    /// <summary>A short rule with a diamond in the middle, under the title.</summary>
    private static void Flourish(SKCanvas canvas, SKRect box)
    {
        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, Color = PdfColors.Primary, IsAntialias = true, StrokeWidth = 0.75f };
        var y = box.MidY;
        canvas.DrawLine(box.Left, y, box.MidX - 7, y, paint);
        canvas.DrawLine(box.MidX + 7, y, box.Right, y, paint);
        paint.Style = SKPaintStyle.Fill;
        using var diamond = new SKPath();
        diamond.MoveTo(box.MidX, y - 4);
        diamond.LineTo(box.MidX + 4, y);
        diamond.LineTo(box.MidX, y + 4);
        diamond.LineTo(box.MidX - 4, y);
        diamond.Close();
        canvas.DrawPath(diamond, paint);
    }

    [GeneratedRegex(@"(\{[01]\})")]
    private static partial Regex Placeholder();
}
