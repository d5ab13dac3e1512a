using System.Globalization;
using System.Text;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partners;

/// <summary>
/// What a scan may be and how it is served. The type is read from the content's first bytes, never from the name or
/// the content type a browser sends, which the uploader chooses freely.
/// </summary>
public static class ScanFileRules
{
    /// <summary>Bytes needed to recognise every type (PNG's signature is the longest).</summary>
    public const int SignatureLength = 8;

    /// <summary>The longest file name kept, extension included.</summary>
    public const int FileNameMaxLength = 120;

    private const string FallbackName = "scan";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The type the content starts like, or null for anything else (an empty file included).</summary>
    public static ScanFileType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PdfSignature)) return ScanFileType.Pdf;
        if (head.StartsWith(PngSignature)) return ScanFileType.Png;
        if (head.StartsWith(JpegSignature)) return ScanFileType.Jpeg;
        return null;
    }

    /// <summary>Why a file of <paramref name="size"/> bytes that starts with <paramref name="head"/> cannot be a scan; empty when it can.</summary>
    /// <param name="field">The field the problems name.</param>
    public static IReadOnlyList<Problem> Check(ReadOnlySpan<byte> head, long size, long maxBytes, string field)
    {
        if (size <= 0 || head.IsEmpty) return [new Problem(ProblemCodes.ScanEmpty, field)];
        if (size > maxBytes) return [new Problem(ProblemCodes.ScanTooLarge, field, Megabytes(maxBytes))];
        if (Detect(head) is null) return [new Problem(ProblemCodes.ScanWrongType, field)];
        return [];
    }

    /// <summary>The limit in whole megabytes, as the messages name it.</summary>
    public static long Megabytes(long bytes) => bytes / (1024 * 1024);

    public static string ContentType(ScanFileType type) => type switch
    {
        ScanFileType.Pdf => "application/pdf",
        ScanFileType.Jpeg => "image/jpeg",
        ScanFileType.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Extension(ScanFileType type) => type switch
    {
        ScanFileType.Pdf => ".pdf",
        ScanFileType.Jpeg => ".jpg",
        ScanFileType.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Images open in the browser; a PDF is downloaded: it can carry scripts and forms that the browser's own viewer
    /// would run under the portal's address, an image cannot.
    /// </summary>
    public static bool OpensInBrowser(ScanFileType type) => type != ScanFileType.Pdf;

    /// <summary>
    /// The name a scan is kept and downloaded under: the uploaded name without any folder, without control, format
    /// (e.g. right-to-left override) and other characters a file system or a header trips over, at most
    /// <see cref="FileNameMaxLength"/> characters, and always with the extension of its real type ("发票.html" holding a
    /// PNG becomes "发票.png"). "scan" when nothing of the name is left.
    /// </summary>
    public static string FileName(string? uploadedName, ScanFileType type)
    {
        var extension = Extension(type);
        var name = (uploadedName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var known = Path.GetExtension(name);
        if (known.Length > 1 && known.Length <= 6) name = name[..^known.Length];

        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Unwanted(rune)) continue;
            kept.Append(rune.ToString());
        }
        var stem = kept.ToString().Trim().Trim('.').Trim();
        var most = FileNameMaxLength - extension.Length;
        if (stem.Length > most)
        {
            // Cut on a text element, so that a surrogate pair or a combined character is never split.
            var info = new StringInfo(stem);
            var count = info.LengthInTextElements;
            while (count > 0 && info.SubstringByTextElements(0, count).Length > most) count--;
            stem = info.SubstringByTextElements(0, count).TrimEnd();
        }
        return (stem.Length == 0 ? FallbackName : stem) + extension;
    }

    private static bool Unwanted(Rune rune)
    {
        if (rune.Value < 0x20 || rune.Value == 0x7F) return true;
        if (rune.IsAscii && "<>:\"/\\|?*;%".Contains((char)rune.Value)) return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;
    }
}
