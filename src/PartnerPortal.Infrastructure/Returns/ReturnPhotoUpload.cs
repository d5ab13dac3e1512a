using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Partners;
using SkiaSharp;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// A photo on its way in: its first bytes are checked (JPEG or PNG by content, within the limit) before anything is
/// stored, so its problems are reported with the form's; then it is streamed into the folder and a thumbnail is drawn
/// from the stored file. A file that does not decode as an image, or decodes to more pixels than a phone camera takes,
/// is refused and leaves nothing behind.
/// </summary>
internal sealed class ReturnPhotoUpload
{
    public const string Field = "Photos";
    /// <summary>The longer side of a thumbnail, in pixels.</summary>
    public const int ThumbnailSize = 320;
    /// <summary>Refused beyond this, so that a small file cannot unpack into gigabytes of pixels.</summary>
    public const long MostPixels = 40_000_000;

    private readonly ScanFile _file;
    private readonly byte[] _head;

    private ReturnPhotoUpload(ScanFile file, byte[] head, ScanFileType type) => (_file, _head, Type) = (file, head, type);

    public ScanFileType Type { get; }

    /// <summary>Reads and checks the first bytes of each photo; the uploads without problems, and the problems.</summary>
    public static async Task<List<ReturnPhotoUpload>> ReadAsync(IReadOnlyList<ScanFile> files, long maxBytes, List<Problem> problems,
        CancellationToken ct)
    {
        var uploads = new List<ReturnPhotoUpload>();
        foreach (var file in files)
        {
            if (file.Size > maxBytes)
            {
                problems.Add(new Problem(ProblemCodes.ScanTooLarge, Field, ScanFileRules.Megabytes(maxBytes)));
                continue;
            }
            var head = new byte[ScanFileRules.SignatureLength];
            var read = await file.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            head = head[..read];
            var found = ReturnPhotoRules.Check(head, read == 0 ? 0 : Math.Max(file.Size, read), maxBytes, Field);
            problems.AddRange(found);
            if (found.Count == 0) uploads.Add(new ReturnPhotoUpload(file, head, ScanFileRules.Detect(head)!.Value));
        }
        return uploads;
    }

    /// <summary>
    /// Stores the photo and its thumbnail; the row to save with them, or a problem (over the limit once counted, not an
    /// image) with nothing left behind.
    /// </summary>
    public async Task<(ReturnPhoto? Photo, Problem? Problem)> StoreAsync(ReturnPhotoFiles files, long maxBytes, DateTimeOffset now,
        CancellationToken ct)
    {
        var stored = await files.Store.SaveAsync(_head, _file.Content, maxBytes, ct);
        if (stored is not { } saved) return (null, new Problem(ProblemCodes.ScanTooLarge, Field, ScanFileRules.Megabytes(maxBytes)));
        string? thumbnail = null;
        try
        {
            var jpeg = Thumbnail(files, saved.StoredName);
            if (jpeg is null) return (null, new Problem(ProblemCodes.PhotoUnreadable, Field, MostPixels / 1_000_000));
            using (jpeg)
            using (var stream = jpeg.AsStream())
            {
                thumbnail = (await files.Store.SaveAsync(ReadOnlyMemory<byte>.Empty, stream, long.MaxValue, ct))!.Value.StoredName;
            }
            return (new ReturnPhoto
            {
                StoredName = saved.StoredName, ThumbnailStoredName = thumbnail, FileName = ScanFileRules.FileName(_file.FileName, Type),
                Type = Type, Size = saved.Size, UploadedAt = now,
            }, null);
        }
        finally
        {
            if (thumbnail is null) files.Store.Delete(saved.StoredName);
        }
    }

    /// <summary>A JPEG at most <see cref="ThumbnailSize"/> pixels on its longer side, or null when the file is no image it can draw.</summary>
    private static SKData? Thumbnail(ReturnPhotoFiles files, string storedName)
    {
        using var stream = files.Store.OpenRead(storedName);
        if (stream is null) return null;
        using var codec = SKCodec.Create(stream);
        if (codec is null) return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > MostPixels) return null;
        using var full = SKBitmap.Decode(codec);
        if (full is null) return null;
        var scale = Math.Min(1d, (double)ThumbnailSize / Math.Max(width, height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        using var small = full.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        if (small is null) return null;
        using var image = SKImage.FromBitmap(small);
        return image.Encode(SKEncodedImageFormat.Jpeg, 80);
    }
}
