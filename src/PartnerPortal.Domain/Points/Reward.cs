using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Points;

/// <summary>Something partners can spend points on: priority supply, co-marketing support, merchandise.</summary>
public sealed class Reward : IAudited
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Description { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public int PointsCost { get; set; }
    /// <summary>How many are left; null when there is no limit.</summary>
    public int? Stock { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Raised by every change, so that two redemptions cannot both take the last one.</summary>
    public int Version { get; set; }
}
