using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// An uploaded scan on its way in: its first bytes are read and checked (not empty, not over the limit, a PDF, JPEG or
/// PNG by its content) before anything is stored, so that its problems can be reported with the form's; then it is
/// streamed into <see cref="PartnerDocumentFiles"/>.
/// </summary>
internal sealed class ScanUpload
{
    public const string Field = "Scan";

    private readonly ScanFile _file;
    private readonly byte[] _head;
    private readonly long _maxBytes;

    private ScanUpload(ScanFile file, byte[] head, long maxBytes, IReadOnlyList<Problem> problems)
    {
        (_file, _head, _maxBytes, Problems) = (file, head, maxBytes, problems);
        Type = problems.Count == 0 ? ScanFileRules.Detect(head) : null;
    }

    public IReadOnlyList<Problem> Problems { get; }
    public ScanFileType? Type { get; }

    /// <summary>Reads the first bytes of <paramref name="file"/> (none when it is already over the limit); a missing file is a problem too.</summary>
    public static async Task<ScanUpload?> ReadAsync(ScanFile? file, long maxBytes, List<Problem> problems, CancellationToken ct)
    {
        if (file is null)
        {
            problems.Add(new Problem(ProblemCodes.Required, Field));
            return null;
        }
        if (file.Size > maxBytes)
        {
            problems.Add(new Problem(ProblemCodes.ScanTooLarge, Field, ScanFileRules.Megabytes(maxBytes)));
            return null;
        }
        var head = new byte[ScanFileRules.SignatureLength];
        var read = await file.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        head = head[..read];
        // What was read counts even when the declared size says less.
        var upload = new ScanUpload(file, head, maxBytes, ScanFileRules.Check(head, read == 0 ? 0 : Math.Max(file.Size, read), maxBytes, Field));
        problems.AddRange(upload.Problems);
        return upload;
    }

    /// <summary>Streams the file into the folder; the scan row to save with it, or null when it turned out over the limit.</summary>
    public async Task<PartnerDocumentScan?> StoreAsync(PartnerDocumentFiles files, int partnerId, DateTimeOffset now, string uploadedBy,
        CancellationToken ct)
    {
        if (Type is not { } type) throw new InvalidOperationException("A scan with problems is not stored.");
        var stored = await files.SaveAsync(_head, _file.Content, _maxBytes, ct);
        if (stored is not { } saved) return null;
        return new PartnerDocumentScan
        {
            PartnerId = partnerId, StoredName = saved.StoredName, FileName = ScanFileRules.FileName(_file.FileName, type), Type = type,
            Size = saved.Size, UploadedAt = now,
            UploadedBy = uploadedBy.Length > PartnerDocumentScan.UploadedByMaxLength ? uploadedBy[..PartnerDocumentScan.UploadedByMaxLength] : uploadedBy,
        };
    }

    public static Problem TooLarge(long maxBytes) => new(ProblemCodes.ScanTooLarge, Field, ScanFileRules.Megabytes(maxBytes));
}
