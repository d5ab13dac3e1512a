using SkiaSharp;

namespace PartnerPortal.Infrastructure.Documents;

/// <summary>
/// The files every PDF needs, shipped with the app under assets/ (both projects that render PDFs copy them to their
/// output folder): Noto Sans SC with TrueType outlines, which has Latin as well as Chinese, so a document reads the same on
/// a machine with no fonts installed, and the brand logo. Loaded once and shared; Skia's typefaces and images are immutable.
/// </summary>
public static class PdfAssets
{
    public const string FontFile = "assets/fonts/NotoSansSC-Regular.ttf";
    public const string LogoFile = "assets/brand/logo.png";

    // PublicationOnly: a missing file is not cached as a failure for the life of the process.
    private static readonly Lazy<PdfFontFace> LazyFace = new(LoadFace, LazyThreadSafetyMode.PublicationOnly);
    private static readonly Lazy<SKImage> LazyLogo = new(LoadLogo, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// Noto Sans SC (every Chinese character of Noto Sans CJK SC, Latin and the symbols statements use), its outlines
    /// converted to TrueType so that each document embeds a real CID font cut down to the characters it shows.
    /// </summary>
    public static PdfFontFace Face => LazyFace.Value;

    public static SKTypeface Typeface => Face.Typeface;

    public static SKImage Logo => LazyLogo.Value;

    private static PdfFontFace LoadFace()
    {
        var face = PdfFontFace.FromFile(Require(FontFile));
        return face.IsSubsettable
            ? face
            : throw new InvalidDataException($"{FontFile} has no TrueType outlines: documents would embed it whole or as Type 3 fonts.");
    }

    private static SKImage LoadLogo()
    {
        var path = Require(LogoFile);
        using var data = SKData.Create(path) ?? throw new InvalidDataException($"Cannot read {path}.");
        return SKImage.FromEncodedData(data) ?? throw new InvalidDataException($"{path} is not an image Skia can read.");
    }

    private static string Require(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relative);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The PDF asset {relative} is missing from {AppContext.BaseDirectory}; "
                + "the project must copy the repository's assets folder to its output.", path);
    }
}
