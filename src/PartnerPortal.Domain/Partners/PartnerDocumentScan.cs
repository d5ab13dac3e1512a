using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Partners;

/// <summary>
/// A scan of a qualification document (PDF, JPEG or PNG), as a document in force, a renewal or an earlier version
/// refers to it. The file itself is kept outside the database under <see cref="StoredName"/>, a name the portal made
/// up; <see cref="FileName"/> is the cleaned name it was uploaded with, for the download.
/// </summary>
public sealed class PartnerDocumentScan : IPartnerOwned, IAudited
{
    public const int StoredNameLength = 32;
    public const int UploadedByMaxLength = 256;

    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string StoredName { get; set; } = "";
    public string FileName { get; set; } = "";
    public ScanFileType Type { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
