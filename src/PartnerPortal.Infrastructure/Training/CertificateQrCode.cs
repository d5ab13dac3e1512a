using QRCoder;
using SkiaSharp;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// The QR code on a certificate, which takes a phone to its verification page. Built with QRCoder as a matrix of
/// modules and drawn as filled squares, so the PDF holds vector shapes that stay sharp at any zoom and print size.
/// </summary>
public static class CertificateQrCode
{
    /// <summary>The light border around the code that scanners need, in modules (the standard asks for 4).</summary>
    public const int QuietZone = 4;

    /// <summary>
    /// The code's modules, true for dark, [row, column], without the quiet zone. Error correction level M (15 %):
    /// a printed certificate may be creased or stamped on.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static bool[,] Modules(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        // QRCoder pads the matrix with its own quiet zone; keep the symbol alone and let the drawing add the border.
        var padding = (matrix.Count - ModulesPerSide(data.Version)) / 2;
        var size = matrix.Count - 2 * padding;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
            for (var column = 0; column < size; column++)
                modules[row, column] = matrix[row + padding][column + padding];
        return modules;
    }

    /// <summary>The modules per side of a QR code of a version (1 to 40): 21 for version 1, 4 more for each version after.</summary>
    public static int ModulesPerSide(int version) => 21 + 4 * (version - 1);

    /// <summary>
    /// Draws the code to fill <paramref name="box"/> (the largest square that fits, centred), quiet zone included:
    /// white behind, then one path of the dark modules, each row's runs of dark modules as one rectangle, so that no
    /// seams show between neighbouring modules.
    /// </summary>
    public static void Draw(SKCanvas canvas, SKRect box, bool[,] modules, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(modules);
        var count = modules.GetLength(0);
        var side = Math.Min(box.Width, box.Height);
        var module = side / (count + 2 * QuietZone);
        var left = box.Left + (box.Width - side) / 2 + QuietZone * module;
        var top = box.Top + (box.Height - side) / 2 + QuietZone * module;

        using var paint = new SKPaint { Style = SKPaintStyle.Fill, Color = SKColors.White, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(box.Left + (box.Width - side) / 2, box.Top + (box.Height - side) / 2, side, side), paint);

        using var path = new SKPath();
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column]) { column++; continue; }
                var start = column;
                while (column < count && modules[row, column]) column++;
                path.AddRect(SKRect.Create(left + start * module, top + row * module, (column - start) * module, module));
            }
        }
        paint.Color = color;
        canvas.DrawPath(path, paint);
    }
}
