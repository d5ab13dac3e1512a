using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>Validation of a product category before it is saved.</summary>
public static class CategoryRules
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 50;

    /// <summary>Trims the names and normalizes the code (ASCII upper case), as they are stored.</summary>
    public static CategoryDraft Normalize(CategoryDraft d) =>
        new(TextRules.NormalizeCode(d.Code), (d.Name ?? "").Trim(), (d.NameEn ?? "").Trim());

    public static IReadOnlyList<Problem> Validate(CategoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(draft.Code), draft.Code, CodeMaxLength);
        TextRules.Required(problems, nameof(draft.Name), draft.Name, NameMaxLength);
        TextRules.Optional(problems, nameof(draft.NameEn), draft.NameEn, NameMaxLength);
        return problems;
    }
}
