using SkiaSharp;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// A small made-up scan for a demo document, drawn at seeding time so that the repository holds no images: a framed
/// page with the document's number, the partner's code, a seal and "DEMO". A few kilobytes of PNG.
/// </summary>
internal static class DemoScanImage
{
    private const int Width = 480;
    private const int Height = 320;

    public static byte[] Png(string partnerCode, string number, string caption)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse("#FBF8F1"));
        using var frame = new SKPaint { Color = SKColor.Parse("#1E4E8C"), Style = SKPaintStyle.Stroke, StrokeWidth = 4, IsAntialias = true };
        canvas.DrawRect(12, 12, Width - 24, Height - 24, frame);
        using var seal = new SKPaint { Color = SKColor.Parse("#C0392B"), Style = SKPaintStyle.Stroke, StrokeWidth = 5, IsAntialias = true };
        canvas.DrawCircle(Width - 90, Height - 90, 48, seal);
        canvas.DrawCircle(Width - 90, Height - 90, 36, seal);

        using var ink = new SKPaint { Color = SKColor.Parse("#1F2933"), IsAntialias = true };
        using var title = new SKFont(SKTypeface.Default, 26);
        using var body = new SKFont(SKTypeface.Default, 18);
        canvas.DrawText(caption, 36, 64, title, ink);
        canvas.DrawText(number, 36, 120, body, ink);
        canvas.DrawText(partnerCode, 36, 152, body, ink);
        using var stamp = new SKFont(SKTypeface.Default, 20);
        using var red = new SKPaint { Color = SKColor.Parse("#C0392B"), IsAntialias = true };
        canvas.DrawText("DEMO", Width - 118, Height - 83, stamp, red);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
