using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Inventory;

/// <summary>Validation of a warehouse before it is saved.</summary>
public static class WarehouseRules
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 50;
    public const int NameEnMaxLength = 100;

    /// <summary>Trims the names and normalizes the code (ASCII upper case), as they are stored.</summary>
    public static WarehouseDraft Normalize(WarehouseDraft d) =>
        new(TextRules.NormalizeCode(d.Code), (d.Name ?? "").Trim(), (d.NameEn ?? "").Trim());

    public static IReadOnlyList<Problem> Validate(WarehouseDraft draft)
    {
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(draft.Code), draft.Code, CodeMaxLength);
        TextRules.Required(problems, nameof(draft.Name), draft.Name, NameMaxLength);
        TextRules.Optional(problems, nameof(draft.NameEn), draft.NameEn, NameEnMaxLength);
        return problems;
    }
}
