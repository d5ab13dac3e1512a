using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Regions;

/// <summary>A sales region such as 华东; channel managers cover one or more.</summary>
public sealed class Region : IAudited
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 50;

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
}
