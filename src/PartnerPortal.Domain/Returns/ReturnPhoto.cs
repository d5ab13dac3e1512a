using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Returns;

/// <summary>
/// A photo of returned goods (JPEG or PNG, recognised from its content). The file and its thumbnail are kept outside the
/// database under names the portal made up; <see cref="FileName"/> is the cleaned name it was uploaded with.
/// </summary>
public sealed class ReturnPhoto : IPartnerOwned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }
    public string StoredName { get; set; } = "";
    public string ThumbnailStoredName { get; set; } = "";
    public string FileName { get; set; } = "";
    public ScanFileType Type { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
