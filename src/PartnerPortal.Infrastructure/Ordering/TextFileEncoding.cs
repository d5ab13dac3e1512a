using System.Text;
using System.Text.Unicode;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Tells how an uploaded text file is encoded, or that it is not text. Excel on a Chinese Windows saves "CSV" in GBK,
/// "CSV UTF-8" with a byte-order mark and "Unicode text" as UTF-16; other tools write UTF-8 without a mark. A workbook,
/// an image or a PDF renamed .csv is not text.
/// </summary>
public static class TextFileEncoding
{
    /// <summary>GB 18030, the superset of GBK that decodes every GBK file (from the framework's code pages).</summary>
    public static Encoding Gb18030 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The GB 18030 code page is not available.");

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Files that are often renamed to .csv by mistake: zip (.xlsx, .docx), OLE (.xls), PDF, PNG, JPEG, GIF.
    private static readonly byte[][] BinarySignatures =
    [
        [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0], "%PDF"u8.ToArray(), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF],
        "GIF8"u8.ToArray(),
    ];

    /// <summary>The encoding to read <paramref name="bytes"/> with, or null when they are not text in UTF-8, UTF-16 or GBK.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8.IsValid(bytes[3..]) && !HasControlBytes(bytes[3..]) ? StrictUtf8 : null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        foreach (var signature in BinarySignatures)
        {
            if (bytes.StartsWith(signature)) return null;
        }
        if (HasControlBytes(bytes)) return null;
        if (Utf8.IsValid(bytes)) return StrictUtf8;
        try
        {
            Gb18030.GetCharCount(bytes);
            return Gb18030;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // Text has no control characters but tab, line feed and carriage return (and the end-of-file mark old tools add).
    // UTF-8 and GBK never use bytes below 0x20 inside a character, so the bytes tell.
    private static bool HasControlBytes(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length > 0 && bytes[^1] == 0x1A ? bytes.Length - 1 : bytes.Length;
        foreach (var b in bytes[..end])
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D)) return true;
        }
        return false;
    }
}
