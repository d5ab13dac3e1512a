using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>One thing laid out on a page, in points from the page's top left corner, drawn once the page count is known.</summary>
internal abstract record PdfOp
{
    public abstract void Draw(PdfCanvas canvas);
}

/// <summary>One line of text, its left end at <paramref name="X"/> and its baseline at <paramref name="Baseline"/>.</summary>
internal sealed record PdfTextOp(float X, float Baseline, string Text, PdfTextStyle Style) : PdfOp
{
    public override void Draw(PdfCanvas canvas) => canvas.Text(this);
}

internal sealed record PdfLineOp(float X1, float Y1, float X2, float Y2, SKColor Color, float Width) : PdfOp
{
    public override void Draw(PdfCanvas canvas) => canvas.Line(this);
}

internal sealed record PdfFillOp(SKRect Rect, SKColor Color) : PdfOp
{
    public override void Draw(PdfCanvas canvas) => canvas.Fill(this);
}

internal sealed record PdfImageOp(SKImage Image, SKRect Rect) : PdfOp
{
    public override void Draw(PdfCanvas canvas) => canvas.Image(this);
}

/// <summary>Whatever the callback draws in <paramref name="Rect"/>, between a save and a restore of the canvas's state.</summary>
internal sealed record PdfDrawingOp(SKRect Rect, bool Clip, Action<SKCanvas, SKRect> Paint) : PdfOp
{
    public override void Draw(PdfCanvas canvas) => canvas.Drawing(this);
}

/// <summary>Draws the ops of one document on Skia's PDF canvas, reusing one paint.</summary>
internal sealed class PdfCanvas(PdfFonts fonts) : IDisposable
{
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public SKCanvas? Target { get; set; }

    private SKCanvas Canvas => Target ?? throw new InvalidOperationException("No page is open.");

    public void Text(PdfTextOp op)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = op.Style.Color;
        fonts.Draw(Canvas, op.Text, op.X, op.Baseline, op.Style, _paint);
    }

    public void Line(PdfLineOp op)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = op.Color;
        _paint.StrokeWidth = op.Width;
        Canvas.DrawLine(op.X1, op.Y1, op.X2, op.Y2, _paint);
    }

    public void Fill(PdfFillOp op)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = op.Color;
        Canvas.DrawRect(op.Rect, _paint);
    }

    public void Image(PdfImageOp op) => Canvas.DrawImage(op.Image, op.Rect, Sampling);

    /// <summary>Runs a drawing callback; whatever state it changes (matrix, clip) is undone afterwards.</summary>
    public void Drawing(PdfDrawingOp op)
    {
        var target = Canvas;
        var saved = target.Save();
        try
        {
            if (op.Clip) target.ClipRect(op.Rect);
            op.Paint(target, op.Rect);
        }
        finally
        {
            target.RestoreToCount(saved);
        }
    }

    public void Dispose() => _paint.Dispose();
}
