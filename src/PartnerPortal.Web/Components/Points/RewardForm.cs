using PartnerPortal.Infrastructure.Points;

namespace PartnerPortal.Web.Components.Points;

/// <summary>What the reward dialog edits; the service checks it (names, cost above zero, stock not negative).</summary>
public sealed class RewardForm
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>Empty until entered; sent as 0, which the service refuses.</summary>
    public int? PointsCost { get; set; }
    /// <summary>How many are left; empty for no limit.</summary>
    public int? Stock { get; set; }
    public bool IsActive { get; set; } = true;

    public static RewardForm From(RewardRow row) => new()
    {
        Name = row.Name,
        NameEn = row.NameEn,
        Description = row.Description,
        DescriptionEn = row.DescriptionEn,
        PointsCost = row.PointsCost,
        Stock = row.Stock,
        IsActive = row.IsActive,
    };

    public RewardDraft ToDraft() => new(
        (Name ?? "").Trim(), (NameEn ?? "").Trim(), (Description ?? "").Trim(), (DescriptionEn ?? "").Trim(),
        PointsCost ?? 0, Stock, IsActive);
}
