using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Returns;

/// <summary>
/// What a photo of returned goods may be: a JPEG or PNG by its first bytes (<see cref="ScanFileRules.Detect"/>), never by its
/// name or the browser's content type, not empty and within the size limit. A PDF, which a scan may be, is refused.
/// </summary>
public static class ReturnPhotoRules
{
    public static IReadOnlyList<Problem> Check(ReadOnlySpan<byte> head, long size, long maxBytes, string field)
    {
        if (size <= 0 || head.IsEmpty) return [new Problem(ProblemCodes.ScanEmpty, field)];
        if (size > maxBytes) return [new Problem(ProblemCodes.ScanTooLarge, field, ScanFileRules.Megabytes(maxBytes))];
        if (ScanFileRules.Detect(head) is not (ScanFileType.Jpeg or ScanFileType.Png)) return [new Problem(ProblemCodes.PhotoWrongType, field)];
        return [];
    }
}
