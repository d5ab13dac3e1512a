using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Infrastructure.Ordering;

/// <summary>
/// Reads an uploaded order file within its limits: at most <see cref="MaxBytes"/> are read (a larger file is refused
/// without reading on), the encoding is detected (<see cref="TextFileEncoding"/>), and the rows are parsed line by line
/// (<see cref="OrderCsv"/>) up to <see cref="MaxLines"/>; the text is never held as one string.
/// </summary>
public static class OrderFileReader
{
    /// <summary>The largest file read: 1 MB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most data lines (order lines) one file may hold.</summary>
    public const int MaxLines = 2_000;

    public const int MaxMegabytes = MaxBytes / 1024 / 1024;

    /// <param name="stream">The file's content.</param>
    /// <param name="declaredSize">The size the upload announced, when known: a larger one is refused before reading.</param>
    public static async Task<OrderCsvResult> ReadAsync(Stream stream, long? declaredSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (declaredSize > MaxBytes) return TooLarge();

        // The bytes are kept (at most 1 MB) so that the whole file decides the encoding: a GBK file may start with ASCII lines.
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        if (length > MaxBytes) return TooLarge();

        var encoding = TextFileEncoding.Detect(buffer.AsSpan(0, length));
        if (encoding is null) return new OrderCsvResult([], [new Problem(ProblemCodes.NotATextFile)]);

        using var reader = new StreamReader(new MemoryStream(buffer, 0, length, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        return OrderCsv.Parse(reader, MaxLines);
    }

    private static OrderCsvResult TooLarge() => new([], [new Problem(ProblemCodes.OrderFileTooLarge, null, MaxMegabytes, MaxLines)]);
}
