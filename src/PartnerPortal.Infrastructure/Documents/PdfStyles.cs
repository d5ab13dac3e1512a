using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>The portal's colours in documents.</summary>
public static class PdfColors
{
    public static readonly SKColor Primary = SKColor.Parse("#1E4E8C");
    public static readonly SKColor Text = SKColor.Parse("#1F2933");
    public static readonly SKColor Muted = SKColor.Parse("#5F6B7A");
    public static readonly SKColor Rule = SKColor.Parse("#D5DBE3");
    public static readonly SKColor HeaderFill = SKColor.Parse("#E8EFF8");
}

/// <summary>
/// A size and a colour. There is no bold: Skia draws emboldened or stroked text as outlines on every use (a 2-page
/// table grows from 11 KB to over 200 KB), so emphasis is a larger size or the primary colour.
/// </summary>
public sealed record PdfTextStyle(float Size, SKColor Color)
{
    public static readonly PdfTextStyle Body = new(8.5f, PdfColors.Text);
    public static readonly PdfTextStyle Muted = new(8.5f, PdfColors.Muted);
    public static readonly PdfTextStyle Small = new(7.5f, PdfColors.Muted);
    public static readonly PdfTextStyle Strong = new(9.5f, PdfColors.Text);
    public static readonly PdfTextStyle TableHeader = new(8f, PdfColors.Primary);
    public static readonly PdfTextStyle Heading = new(11.5f, PdfColors.Primary);
    public static readonly PdfTextStyle Title = new(15f, PdfColors.Primary);
    public static readonly PdfTextStyle Brand = new(13f, PdfColors.Text);

    /// <summary>The height of one line of text: 1.4 times the size.</summary>
    public float LineHeight => Size * 1.4f;
}

